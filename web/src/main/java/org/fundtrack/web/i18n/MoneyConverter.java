package org.fundtrack.web.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.fundtrack.shared.money.MoneyFormat;

/** Shows a BigDecimal amount in the page's language ({@link MoneyFormat}); output only. */
@FacesConverter("fundtrack.money")
public class MoneyConverter implements Converter<BigDecimal> {

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return MoneyFormat.format(value, context.getViewRoot().getLocale());
  }

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("fundtrack.money formats amounts for display only");
  }
}
