package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundtrack.indicator.control.SmallCounts;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.MappedRows;
import org.fundtrack.shared.time.SqlValues;

/**
 * Progress reports as readers see them: staff read any submitted report, a recipient its own
 * organisation's, drafts included (another's is "not found", and recorded). Drafts are not
 * documents: the PDF is only of a submitted report.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
public class ProgressReportQueries {

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AccessDenials denials;

  @Inject private SmallCounts smallCounts;

  /**
   * @throws BusinessRuleViolation {@code report.notFound} for an unknown, draft or foreign report
   */
  public SubmittedReport submitted(@NotNull Caller caller, long reportId) {
    return read(caller, reportId, false);
  }

  /**
   * The report as the caller may read it: the reporting organisation also its drafts, staff only
   * what was submitted.
   *
   * @throws BusinessRuleViolation {@code report.notFound}
   */
  public SubmittedReport view(@NotNull Caller caller, long reportId) {
    return read(caller, reportId, caller.isRecipient());
  }

  private SubmittedReport read(Caller caller, long reportId, boolean draftsToo) {
    Optional<ReportRow> found =
        MappedRows.first(
            em.createNativeQuery(
                    "SELECT pr.id AS id, g.id AS grant_id, g.recipient_id AS recipient_id,"
                        + " g.reference_number AS reference_number, g.title_en AS title_en,"
                        + " g.title_fr AS title_fr, rc.legal_name AS recipient,"
                        + " rp.sequence_no AS period_no, rp.period_start AS period_start,"
                        + " rp.period_end AS period_end, pr.status AS status,"
                        + " pr.submitted_at AS submitted_at, u.display_name AS submitted_by,"
                        + " pr.narrative AS narrative, pr.revision AS revision,"
                        + " pr.review_comment AS review_comment"
                        + " FROM progress_report pr JOIN grant_agreement g ON g.id = pr.grant_id"
                        + " JOIN recipient rc ON rc.id = g.recipient_id"
                        + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                        + " LEFT JOIN app_user u ON u.id = pr.submitted_by_id"
                        + " WHERE pr.id = ?1 AND (pr.status <> 'DRAFT' OR ?2)",
                    "ProgressReportRow")
                .setParameter(1, reportId)
                .setParameter(2, draftsToo),
            ReportRow.class);
    if (found.isEmpty() || !caller.maySeeRecipient(found.get().recipientId())) {
      if (caller.isRecipient()) {
        denials.record("progress report " + reportId);
      }
      throw BusinessRuleViolation.notFound("report.notFound", reportId);
    }
    ReportRow r = found.get();
    List<SubmittedReport.Spending> spending =
        MappedRows.list(
            em.createNativeQuery(
                    "SELECT ec.code AS code, ec.name_en AS name_en, ec.name_fr AS name_fr,"
                        + " COALESCE(b.amount, 0) AS budget, re.amount AS spent,"
                        + " re.variance_explanation AS explanation FROM report_expense re"
                        + " JOIN expense_category ec ON ec.id = re.expense_category_id"
                        + " LEFT JOIN grant_budget_item b ON b.grant_id = ?2"
                        + "   AND b.expense_category_id = ec.id"
                        + " WHERE re.progress_report_id = ?1 ORDER BY ec.sort_order, ec.code",
                    "ProgressReportSpending")
                .setParameter(1, reportId)
                .setParameter(2, r.grantId()),
            SubmittedReport.Spending.class);
    return new SubmittedReport(
        r.id(),
        r.grantId(),
        r.recipientId(),
        r.referenceNumber(),
        r.titleEn(),
        r.titleFr(),
        r.recipient(),
        r.periodNo(),
        r.periodStart(),
        r.periodEnd(),
        r.status(),
        SqlValues.instant(r.submittedAt()),
        r.submittedBy(),
        r.narrative(),
        r.revision(),
        r.reviewComment(),
        spending,
        actuals(reportId, caller.isRecipient()));
  }

  /**
   * The report's actuals for a reader in the reporting organisation ({@code own}: a recipient
   * allowed this far) or outside it, small counts withheld for the latter.
   */
  private List<SubmittedReport.Actual> actuals(long reportId, boolean own) {
    List<ActualRow> rows =
        MappedRows.list(
            em.createNativeQuery(
                    "SELECT i.code AS code, i.counts_people AS counts_people,"
                        + " r.numeric_value AS numeric_value, r.text_value AS text_value"
                        + " FROM indicator_result r"
                        + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                        + " JOIN indicator i ON i.id = gi.indicator_id"
                        + " WHERE r.progress_report_id = ?1 AND r.dimension_value_id IS NULL"
                        + " ORDER BY i.id",
                    "ProgressReportActual")
                .setParameter(1, reportId),
            ActualRow.class);
    Map<String, Map<String, BigDecimal>> breakdowns = new HashMap<>();
    if (own) {
      MappedRows.list(
              em.createNativeQuery(
                      "SELECT i.code AS code, CONCAT(d.code, ':', dv.code) AS dimension_key,"
                          + " r.numeric_value AS numeric_value FROM indicator_result r"
                          + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                          + " JOIN indicator i ON i.id = gi.indicator_id"
                          + " JOIN dimension_value dv ON dv.id = r.dimension_value_id"
                          + " JOIN dimension d ON d.id = dv.dimension_id"
                          + " WHERE r.progress_report_id = ?1"
                          + " ORDER BY i.id, d.sort_order, dv.sort_order",
                      "ProgressReportPart")
                  .setParameter(1, reportId),
              PartRow.class)
          .forEach(
              p ->
                  breakdowns
                      .computeIfAbsent(p.code(), k -> new LinkedHashMap<>())
                      .put(p.dimensionKey(), p.value()));
    }
    return rows.stream()
        .map(
            a ->
                new SubmittedReport.Actual(
                    a.code(),
                    smallCounts.figure(a.countsPeople(), a.value(), a.text(), own),
                    breakdowns.getOrDefault(a.code(), Map.of())))
        .toList();
  }

  /** A report with its grant, recipient and period (mapping {@code ProgressReportRow}). */
  public record ReportRow(
      long id,
      long grantId,
      long recipientId,
      String referenceNumber,
      String titleEn,
      String titleFr,
      String recipient,
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      String status,
      LocalDateTime submittedAt,
      String submittedBy,
      String narrative,
      int revision,
      String reviewComment) {}

  /** One indicator's overall result as reported (mapping {@code ProgressReportActual}). */
  public record ActualRow(String code, boolean countsPeople, BigDecimal value, String text) {}

  /** One dimension value's part of a result (mapping {@code ProgressReportPart}). */
  public record PartRow(String code, String dimensionKey, BigDecimal value) {}
}
