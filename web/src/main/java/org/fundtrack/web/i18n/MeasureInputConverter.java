package org.fundtrack.web.i18n;

import jakarta.faces.convert.FacesConverter;
import org.fundtrack.shared.text.NumberKind;

/**
 * A measured value with up to four decimals (an indicator's seconds, percent or amount), as typed
 * in the page's language; see {@link NumberInputConverter}.
 */
@FacesConverter("fundtrack.measure")
public class MeasureInputConverter extends NumberInputConverter {

  public MeasureInputConverter() {
    super(NumberKind.MEASURE);
  }
}
