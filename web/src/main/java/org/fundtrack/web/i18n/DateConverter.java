package org.fundtrack.web.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.fundtrack.shared.text.DateText;

/** Shows a LocalDate in the page's language ({@link DateText}); output only. */
@FacesConverter("fundtrack.date")
public class DateConverter implements Converter<LocalDate> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return DateText.format(value, context.getViewRoot().getLocale());
  }

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("fundtrack.date formats dates for display only");
  }
}
