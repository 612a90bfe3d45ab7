package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.reporting.boundary.SubmittedReport;

/**
 * A progress report as the caller may read it. Outside the reporting organisation a count about
 * people below the suppression threshold has no value, only {@code suppressed: true}.
 */
@Schema(name = "ProgressReport")
@JsonbPropertyOrder({
  "id",
  "grantId",
  "grantReference",
  "periodNo",
  "periodStart",
  "periodEnd",
  "revision",
  "status",
  "submittedAt",
  "narrative",
  "reviewComment",
  "spending",
  "actuals"
})
public record ReportDto(
    long id,
    long grantId,
    String grantReference,
    int periodNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    int revision,
    String status,
    Instant submittedAt,
    String narrative,
    @Schema(description = "The ministry's comment when it returned or accepted the report")
        String reviewComment,
    List<Spending> spending,
    List<Actual> actuals) {

  @Schema(name = "ReportSpending")
  @JsonbPropertyOrder({"categoryEn", "categoryFr", "budget", "spent", "varianceExplanation"})
  public record Spending(
      String categoryEn,
      String categoryFr,
      BigDecimal budget,
      BigDecimal spent,
      String varianceExplanation) {}

  @Schema(name = "ReportActual")
  @JsonbPropertyOrder({"indicatorCode", "value", "text", "suppressed"})
  public record Actual(String indicatorCode, BigDecimal value, String text, boolean suppressed) {}

  /** The report as the service gave it to this reader (small counts already withheld). */
  static ReportDto of(SubmittedReport r) {
    return new ReportDto(
        r.id(),
        r.grantId(),
        r.grantReference(),
        r.periodNo(),
        r.periodStart(),
        r.periodEnd(),
        r.revision(),
        r.status(),
        r.submittedAt(),
        r.narrative(),
        r.reviewComment(),
        r.spending().stream()
            .map(
                s ->
                    new Spending(
                        s.categoryEn(),
                        s.categoryFr(),
                        Amounts.exact(s.budget()),
                        Amounts.exact(s.spent()),
                        s.explanation()))
            .toList(),
        r.actuals().stream()
            .map(
                a ->
                    new Actual(
                        a.indicatorCode(),
                        a.figure().value(),
                        a.figure().text(),
                        a.figure().withheld()))
            .toList());
  }
}
