package org.fundtrack.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Reads an amount as a person types it in the page's language: {@code 1234.56} or {@code $1,234.56}
 * in English, {@code 1 234,56} or {@code 1 234,56 $} in French. It never rounds: a third decimal
 * reaches the validator, which refuses it with its own message. Text that is not an amount gets a
 * message in the page's language.
 */
@FacesConverter("fundtrack.amount")
public class AmountInputConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    boolean french = "fr".equals(context.getViewRoot().getLocale().getLanguage());
    return parse(value, french).orElseThrow(() -> new ConverterException(message(context)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /**
   * The amount in {@code text}, or empty when it is not one. In French the comma is the decimal
   * separator and spaces or dots group thousands; in English the dot is, and commas group.
   */
  static Optional<BigDecimal> parse(String text, boolean french) {
    String s = text.replace("$", "").replaceAll("[\\s\\u00a0\\u202f]", "");
    s = french ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    if (!s.matches("-?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  private static FacesMessage message(FacesContext context) {
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String text = bundle.getString("form.amount.invalid");
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
