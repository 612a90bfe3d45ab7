package org.fundtrack.reports.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A grant agreement as its summary PDF shows it: the parties, the terms, and the schedules that the
 * agreement binds the recipient and the ministry to.
 *
 * @param status the grant status code, shown localized
 * @param total the agreement total after amendments
 */
public record GrantAgreement(
    String reference,
    String title,
    String ministry,
    String recipient,
    String recipientAddress,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    BigDecimal total,
    List<FiscalYearShare> fiscalYears,
    List<CategoryBudget> budget,
    List<Instalment> instalments,
    List<ReportDue> reportingSchedule,
    List<IndicatorLine> indicators,
    List<AmendmentRow> amendments) {

  public GrantAgreement {
    Objects.requireNonNull(reference, "reference");
    fiscalYears = List.copyOf(fiscalYears);
    budget = List.copyOf(budget);
    instalments = List.copyOf(instalments);
    reportingSchedule = List.copyOf(reportingSchedule);
    indicators = List.copyOf(indicators);
    amendments = List.copyOf(amendments);
  }

  /** The share of the total drawn on one fiscal year's budget line. */
  public record FiscalYearShare(String fiscalYear, String budgetLine, BigDecimal amount) {}

  /** The approved budget of one expense category. */
  public record CategoryBudget(String category, BigDecimal amount) {}

  /** One scheduled payment; the holdback is paid after the final report. */
  public record Instalment(
      int number, LocalDate dueDate, BigDecimal amount, boolean holdback, String condition) {}

  /** One report the recipient owes. */
  public record ReportDue(String period, String kind, LocalDate dueDate) {}

  /**
   * One indicator the recipient reports on, in words: its unit and direction, its baseline (value,
   * year and source) and its targets, one per line.
   */
  public record IndicatorLine(
      String indicator, String unit, String direction, String baseline, String targets) {}
}
