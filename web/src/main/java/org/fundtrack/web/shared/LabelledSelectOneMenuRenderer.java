package org.fundtrack.web.shared;

import jakarta.faces.component.UIColumn;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.primefaces.component.outputlabel.OutputLabel;
import org.primefaces.component.selectonemenu.SelectOneMenu;
import org.primefaces.component.selectonemenu.SelectOneMenuRenderer;

/**
 * PrimeFaces' dropdown with a screen reader's needs met. PrimeFaces' script sets the dropdown's
 * aria-label to its current value, so a dropdown labelled "Fiscal year" was announced as "2026-27";
 * here the focusable element is aria-labelledby the {@code p:outputLabel} beside it ({@code for}
 * its id or {@code @next}), which outranks aria-label. And a filtered dropdown's filter says it
 * controls {@code …_table} or {@code …_items}, which exist only once the list is drawn; here it
 * names the panel that is always there ({@code …_panel}).
 */
public class LabelledSelectOneMenuRenderer extends SelectOneMenuRenderer {

  @Override
  protected void encodeAriaLabel(ResponseWriter writer, SelectOneMenu menu) throws IOException {
    super.encodeAriaLabel(writer, menu);
    // PrimeFaces' script rewrites aria-label to the chosen value; aria-labelledby outranks it.
    UIComponent label = visibleLabel(menu);
    if (label != null) {
      writer.writeAttribute(
          "aria-labelledby", label.getClientId(FacesContext.getCurrentInstance()), null);
    }
  }

  @Override
  protected void encodeFilter(FacesContext context, SelectOneMenu menu) throws IOException {
    boolean hasColumns = menu.getChildren().stream().anyMatch(c -> c instanceof UIColumn);
    if (hasColumns) {
      super.encodeFilter(context, menu);
      return;
    }
    ResponseWriter original = context.getResponseWriter();
    String table = menu.getClientId(context) + "_table";
    String panel = menu.getClientId(context) + "_panel";
    context.setResponseWriter(
        new ResponseWriterWrapper(original) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            boolean dangling = "aria-controls".equals(name) && table.equals(value);
            super.writeAttribute(name, dangling ? panel : value, property);
          }
        });
    try {
      super.encodeFilter(context, menu);
    } finally {
      context.setResponseWriter(original);
    }
  }

  /**
   * The PrimeFaces label beside {@code menu} that names it ({@code for} its id or {@code @next});
   * null when there is none.
   */
  static UIComponent visibleLabel(UIComponent menu) {
    UIComponent parent = menu.getParent();
    if (parent == null) {
      return null;
    }
    List<UIComponent> siblings = parent.getChildren();
    for (int i = 0; i < siblings.size(); i++) {
      UIComponent candidate = siblings.get(i);
      Object target = candidate.getAttributes().get("for");
      if (!(candidate instanceof OutputLabel) || target == null) {
        continue;
      }
      boolean next =
          "@next".equals(target) && i + 1 < siblings.size() && siblings.get(i + 1) == menu;
      if (next || Objects.equals(target, menu.getId())) {
        return candidate;
      }
    }
    return null;
  }
}
