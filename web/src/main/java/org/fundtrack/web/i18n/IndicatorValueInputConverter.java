package org.fundtrack.web.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.convert.FacesConverter;
import org.fundtrack.shared.text.NumberKind;

/**
 * An indicator's actual, read by the kind its unit calls for ({@link NumberKind#forUnit}: counts
 * whole, dollars and percentages to two decimals, other measures to four). The input names the unit
 * in its {@value #UNIT} attribute (one table row per indicator); see {@link NumberInputConverter}.
 */
@FacesConverter("fundtrack.indicator")
public class IndicatorValueInputConverter extends NumberInputConverter {

  /**
   * The attribute that holds the indicator's unit ({@code count}, {@code CAD}, {@code percent}…).
   */
  public static final String UNIT = "unit";

  public IndicatorValueInputConverter() {
    super(NumberKind.MEASURE);
  }

  @Override
  protected NumberKind kind(UIComponent component) {
    Object unit = component.getAttributes().get(UNIT);
    return NumberKind.forUnit(unit == null ? null : unit.toString());
  }
}
