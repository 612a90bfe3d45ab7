package org.fundtrack.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A budget category's share for one reporting period: the budget prorated by the period's days over
 * the term's, to the cent (HALF_EVEN). Periods may differ in length (a low-risk recipient's first
 * period covers two quarters), so an equal split would misjudge variances.
 */
public final class BudgetShare {

  private BudgetShare() {}

  public static BigDecimal forPeriod(
      BigDecimal budget,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate termStart,
      LocalDate termEnd) {
    long periodDays = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    long termDays = Math.max(ChronoUnit.DAYS.between(termStart, termEnd) + 1, 1);
    return budget
        .multiply(BigDecimal.valueOf(periodDays))
        .divide(BigDecimal.valueOf(termDays), 2, RoundingMode.HALF_EVEN);
  }

  /**
   * Whether {@code spent} is more than {@code percent}% off {@code share} (any spending off a zero
   * share).
   */
  public static boolean isOff(BigDecimal spent, BigDecimal share, BigDecimal percent) {
    BigDecimal allowed =
        share.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    return spent.subtract(share).abs().compareTo(allowed) > 0;
  }
}
