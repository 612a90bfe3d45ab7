package org.fundtrack.web.i18n;

import jakarta.faces.convert.FacesConverter;
import org.fundtrack.shared.text.NumberKind;

/**
 * A percentage with at most two decimals (a holdback), as typed in the page's language; see {@link
 * NumberInputConverter}.
 */
@FacesConverter("fundtrack.percent")
public class PercentInputConverter extends NumberInputConverter {

  public PercentInputConverter() {
    super(NumberKind.PERCENT);
  }
}
