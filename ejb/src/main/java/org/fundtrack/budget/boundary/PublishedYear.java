package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One fiscal year that a strategy's published annual allocation covers, beside the exact sum of
 * that year's budget lines (zero when the year has none yet).
 */
public record PublishedYear(
    int startYear, String labelEn, String labelFr, BigDecimal published, BigDecimal exact) {

  /** Published allocation less the exact sum of the lines. */
  public BigDecimal rounding() {
    return published.subtract(exact);
  }

  public String label(Locale locale) {
    return BudgetLineRow.isFrench(locale) ? labelFr : labelEn;
  }
}
