package org.fundtrack.reports.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recipient's progress report exactly as submitted: period, narrative, spending by expense
 * category against the category's budget for the period, and indicator results.
 *
 * @param period the period's number in words: "Period 3"
 * @param status SUBMITTED, RETURNED or ACCEPTED, shown localized
 * @param reviewComment the officer's comment; null until reviewed
 */
public record ProgressReport(
    String grantReference,
    String grantTitle,
    String recipient,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    String status,
    int revision,
    LocalDate submittedOn,
    String submittedBy,
    String reviewComment,
    String narrative,
    List<SpendingLine> spending,
    List<IndicatorActual> indicators) {

  public ProgressReport {
    spending = List.copyOf(spending);
    indicators = List.copyOf(indicators);
  }

  /**
   * Spending on one expense category against its budget for the period (the approved budget
   * prorated by the period's days, as the submit rule judges variances); the report shows the
   * variance (period budget − spent) and the recipient's explanation of it.
   */
  public record SpendingLine(
      String category, BigDecimal periodBudget, BigDecimal spent, String varianceExplanation) {}

  /**
   * One indicator's result for the period: a number (text, since it may be "&lt;5") or, for a
   * qualitative indicator, the recipient's written answer.
   */
  public record IndicatorActual(
      String indicator, String unit, String target, String actual, boolean numeric) {}
}
