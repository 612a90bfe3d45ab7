package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.grant.boundary.GrantBudgetItemView;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantYearShare;
import org.fundtrack.grant.boundary.InstalmentView;
import org.fundtrack.grant.boundary.ReportingPeriodView;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.web.api.GrantSummaryDto.FundRef;
import org.fundtrack.web.api.GrantSummaryDto.RecipientRef;

/**
 * One grant in full: texts, terms, milestones, its four schedules and the indicators it reports on
 * with their baselines and targets.
 */
@Schema(name = "Grant")
@JsonbPropertyOrder({
  "id",
  "referenceNumber",
  "titleEn",
  "titleFr",
  "descriptionEn",
  "descriptionFr",
  "expectedResultsEn",
  "expectedResultsFr",
  "status",
  "instrumentType",
  "recipient",
  "fund",
  "terms",
  "milestones",
  "yearSplit",
  "budget",
  "paymentSchedule",
  "reportingSchedule",
  "indicators"
})
public record GrantDto(
    long id,
    String referenceNumber,
    String titleEn,
    String titleFr,
    String descriptionEn,
    String descriptionFr,
    String expectedResultsEn,
    String expectedResultsFr,
    GrantStatus status,
    InstrumentType instrumentType,
    RecipientRef recipient,
    FundRef fund,
    Terms terms,
    Milestones milestones,
    @Schema(description = "The total split onto fiscal years' budget lines")
        List<YearShare> yearSplit,
    @Schema(description = "The approved budget by expense category") List<BudgetItem> budget,
    List<Instalment> paymentSchedule,
    List<ReportingPeriod> reportingSchedule,
    @Schema(description = "Indicators with baselines and targets per period")
        List<GrantIndicatorDto> indicators) {

  /** Money, period and reporting terms. */
  @Schema(name = "GrantTerms")
  @JsonbPropertyOrder({
    "totalAmount",
    "startDate",
    "endDate",
    "holdbackPercent",
    "holdbackAmount",
    "reportingFrequency",
    "dataOwnership"
  })
  public record Terms(
      BigDecimal totalAmount,
      LocalDate startDate,
      LocalDate endDate,
      @Schema(description = "Percent of the total, two decimals") BigDecimal holdbackPercent,
      BigDecimal holdbackAmount,
      ReportingFrequency reportingFrequency,
      DataOwnership dataOwnership) {}

  /** When the grant passed each step; absent until it has. */
  @Schema(name = "GrantMilestones")
  @JsonbPropertyOrder({"submittedAt", "approvedAt", "executedAt", "closedAt", "amountToRecover"})
  public record Milestones(
      Instant submittedAt,
      Instant approvedAt,
      Instant executedAt,
      Instant closedAt,
      BigDecimal amountToRecover) {}

  /** The part of the total drawn on one fiscal year's budget line. */
  @Schema(name = "GrantYearShare")
  @JsonbPropertyOrder({"budgetLineId", "fiscalYear", "labelEn", "labelFr", "amount"})
  public record YearShare(
      long budgetLineId, int fiscalYear, String labelEn, String labelFr, BigDecimal amount) {}

  /** The approved budget for one expense category. */
  @Schema(name = "GrantBudgetItem")
  @JsonbPropertyOrder({"categoryCode", "categoryNameEn", "categoryNameFr", "amount"})
  public record BudgetItem(
      String categoryCode, String categoryNameEn, String categoryNameFr, BigDecimal amount) {}

  /** One scheduled payment. */
  @Schema(name = "PaymentInstalment")
  @JsonbPropertyOrder({
    "id",
    "sequenceNo",
    "dueDate",
    "amount",
    "holdback",
    "status",
    "fiscalYear",
    "paidOn",
    "paymentReference"
  })
  public record Instalment(
      @Schema(description = "What a payment names") long id,
      int sequenceNo,
      LocalDate dueDate,
      BigDecimal amount,
      boolean holdback,
      InstalmentStatus status,
      @Schema(description = "Start year of the fiscal year it draws on") int fiscalYear,
      @Schema(description = "Absent until paid") LocalDate paidOn,
      @Schema(description = "Absent until paid") String paymentReference) {}

  /** One reporting period and its due date. */
  @Schema(name = "ReportingPeriod")
  @JsonbPropertyOrder({"sequenceNo", "periodStart", "periodEnd", "dueDate", "finalReport"})
  public record ReportingPeriod(
      int sequenceNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport) {}

  static GrantDto of(GrantDetail d) {
    GrantHead h = d.head();
    GrantSummaryDto s = GrantSummaryDto.of(h.summary());
    return new GrantDto(
        s.id(),
        s.referenceNumber(),
        s.titleEn(),
        s.titleFr(),
        h.descriptionEn(),
        h.descriptionFr(),
        h.expectedResultsEn(),
        h.expectedResultsFr(),
        s.status(),
        s.instrumentType(),
        s.recipient(),
        s.fund(),
        new Terms(
            s.totalAmount(),
            h.startDate(),
            h.endDate(),
            Amounts.exact(h.holdbackPercent()),
            Amounts.exact(h.holdbackAmount()),
            h.reportingFrequency(),
            h.dataOwnership()),
        new Milestones(
            h.submittedAt(),
            h.approvedAt(),
            h.executedAt(),
            h.closedAt(),
            Amounts.exact(h.amountToRecover())),
        d.yearShares().stream().map(GrantDto::yearShare).toList(),
        d.budgetItems().stream().map(GrantDto::budgetItem).toList(),
        d.instalments().stream().map(GrantDto::instalment).toList(),
        d.reportingPeriods().stream().map(GrantDto::reportingPeriod).toList(),
        d.indicators().stream().map(GrantIndicatorDto::of).toList());
  }

  private static YearShare yearShare(GrantYearShare y) {
    return new YearShare(
        y.budgetLineId(), y.fiscalYear(), y.labelEn(), y.labelFr(), Amounts.exact(y.amount()));
  }

  private static BudgetItem budgetItem(GrantBudgetItemView b) {
    return new BudgetItem(
        b.categoryCode(), b.categoryNameEn(), b.categoryNameFr(), Amounts.exact(b.amount()));
  }

  private static Instalment instalment(InstalmentView i) {
    return new Instalment(
        i.id(),
        i.sequenceNo(),
        i.dueDate(),
        Amounts.exact(i.amount()),
        i.holdback(),
        i.status(),
        i.fiscalYear(),
        i.paidOn(),
        i.paymentReference());
  }

  private static ReportingPeriod reportingPeriod(ReportingPeriodView p) {
    return new ReportingPeriod(
        p.sequenceNo(), p.periodStart(), p.periodEnd(), p.dueDate(), p.finalReport());
  }
}
