package org.fundtrack.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundtrack.indicator.control.ReportedFigure;

/**
 * A progress report as one reader may read it (a draft only for its own organisation), with the
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

  /**
   * The overall actual of one indicator as this reader may see it (a small count about people is
   * withheld outside the reporting organisation), and its breakdown by dimension, which only the
   * reporting organisation reads (empty for everyone else).
   */
  public record Actual(
      String indicatorCode, ReportedFigure figure, Map<String, BigDecimal> breakdown) {

    public Actual {
      breakdown = Map.copyOf(breakdown);
    }
  }

  /** Spending on one expense category against the grant's approved budget for it. */
  public record Spending(
      String categoryCode,
      String categoryEn,
      String categoryFr,
      BigDecimal budget,
      BigDecimal spent,
      String explanation) {}
}
