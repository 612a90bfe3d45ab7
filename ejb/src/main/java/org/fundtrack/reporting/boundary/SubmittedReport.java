package org.fundtrack.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report as its recipient wrote it (a draft only for its own organisation), with the
 * grant's budget beside the spending and the actual of each indicator.
 */
public record SubmittedReport(
    long id,
    long grantId,
    long recipientId,
    String grantReference,
    String titleEn,
    String titleFr,
    String recipient,
    int periodNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    String status,
    Instant submittedAt,
    String submittedBy,
    String narrative,
    int revision,
    String reviewComment,
    List<Spending> spending,
    List<Actual> actuals) {

  public SubmittedReport {
    spending = List.copyOf(spending);
    actuals = List.copyOf(actuals);
  }

  /** The overall actual of one indicator, exactly as reported (suppression is the reader's). */
  public record Actual(
      String indicatorCode,
      boolean countsPeople,
      BigDecimal value,
      String text,
      java.util.Map<String, BigDecimal> breakdown) {}

  /** Spending on one expense category against the grant's approved budget for it. */
  public record Spending(
      String categoryCode,
      String categoryEn,
      String categoryFr,
      BigDecimal budget,
      BigDecimal spent,
      String explanation) {}
}
