package org.fundtrack.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report as its recipient submitted it, with the grant's budget beside the spending. */
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
    List<Spending> spending) {

  public SubmittedReport {
    spending = List.copyOf(spending);
  }

  /** Spending on one expense category against the grant's approved budget for it. */
  public record Spending(
      String categoryEn, String categoryFr, BigDecimal budget, BigDecimal spent, String explanation) {}
}
