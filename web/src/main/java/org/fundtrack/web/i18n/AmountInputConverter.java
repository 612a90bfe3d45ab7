package org.fundtrack.web.i18n;

import jakarta.faces.convert.FacesConverter;
import org.fundtrack.shared.text.NumberKind;

/**
 * An amount of money, to the cent, as typed in the page's language; see {@link
 * NumberInputConverter}.
 */
@FacesConverter("fundtrack.amount")
public class AmountInputConverter extends NumberInputConverter {

  public AmountInputConverter() {
    super(NumberKind.MONEY);
  }
}
