package org.fundtrack.web.i18n;

import jakarta.faces.convert.FacesConverter;
import org.fundtrack.shared.text.NumberKind;

/**
 * A whole number (people, cases, referrals), as typed in the page's language; see {@link
 * NumberInputConverter}.
 */
@FacesConverter("fundtrack.count")
public class CountInputConverter extends NumberInputConverter {

  public CountInputConverter() {
    super(NumberKind.COUNT);
  }
}
