package org.fundtrack.reports.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recipient's progress report exactly as submitted: period, narrative, spending by expense
 * category against the approved budget, and indicator results.
 */
public record ProgressReport(
    String grantReference,
    String grantTitle,
    String recipient,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate submittedOn,
    String submittedBy,
    String narrative,
    List<SpendingLine> spending,
    List<IndicatorActual> indicators) {

  public ProgressReport {
    spending = List.copyOf(spending);
    indicators = List.copyOf(indicators);
  }

  /**
   * Spending on one expense category; the report shows the variance (budget − spent) and the
   * recipient's explanation of it.
   */
  public record SpendingLine(
      String category, BigDecimal budget, BigDecimal spent, String varianceExplanation) {}

  /** One indicator's result for the period; actual is text ("&lt;5"). */
  public record IndicatorActual(
      String indicator, String unit, BigDecimal target, String actual, String comment) {}
}
