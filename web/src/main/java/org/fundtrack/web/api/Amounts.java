package org.fundtrack.web.api;

import java.math.BigDecimal;
import org.fundtrack.shared.money.Money;

/**
 * Amounts as the API writes them: always two decimals, so {@code 7000000.00} and never {@code 7E+6}
 * or {@code 7000000}; absent stays absent.
 */
final class Amounts {

  private Amounts() {}

  static BigDecimal exact(BigDecimal amount) {
    return amount == null ? null : Money.exact(amount);
  }
}
