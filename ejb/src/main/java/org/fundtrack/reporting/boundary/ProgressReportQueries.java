package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.indicator.control.SmallCounts;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
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
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT pr.id, g.id, g.recipient_id, g.reference_number, g.title_en, g.title_fr,"
                    + " rc.legal_name, rp.sequence_no, rp.period_start, rp.period_end, pr.status,"
                    + " pr.submitted_at, u.display_name, pr.narrative, pr.revision, pr.review_comment"
                    + " FROM progress_report pr JOIN grant_agreement g ON g.id = pr.grant_id"
                    + " JOIN recipient rc ON rc.id = g.recipient_id"
                    + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                    + " LEFT JOIN app_user u ON u.id = pr.submitted_by_id"
                    + " WHERE pr.id = ?1 AND (pr.status <> 'DRAFT' OR ?2)")
            .setParameter(1, reportId)
            .setParameter(2, draftsToo)
            .getResultList();
    if (found.isEmpty() || !caller.maySeeRecipient(((Number) found.get(0)[2]).longValue())) {
      if (caller.isRecipient()) {
        denials.record("progress report " + reportId);
      }
      throw BusinessRuleViolation.notFound("report.notFound", reportId);
    }
    Object[] r = found.get(0);
    @SuppressWarnings("unchecked")
    List<Object[]> spending =
        em.createNativeQuery(
                "SELECT ec.code, ec.name_en, ec.name_fr, COALESCE(b.amount, 0), re.amount,"
                    + " re.variance_explanation FROM report_expense re"
                    + " JOIN expense_category ec ON ec.id = re.expense_category_id"
                    + " LEFT JOIN grant_budget_item b ON b.grant_id = ?2"
                    + "   AND b.expense_category_id = ec.id"
                    + " WHERE re.progress_report_id = ?1 ORDER BY ec.sort_order, ec.code")
            .setParameter(1, reportId)
            .setParameter(2, ((Number) r[1]).longValue())
            .getResultList();
    return new SubmittedReport(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        ((Number) r[7]).intValue(),
        SqlValues.date(r[8]),
        SqlValues.date(r[9]),
        (String) r[10],
        SqlValues.instant(r[11]),
        (String) r[12],
        (String) r[13],
        ((Number) r[14]).intValue(),
        (String) r[15],
        spending.stream()
            .map(
                s ->
                    new SubmittedReport.Spending(
                        (String) s[0],
                        (String) s[1],
                        (String) s[2],
                        (BigDecimal) s[3],
                        (BigDecimal) s[4],
                        (String) s[5]))
            .toList(),
        actuals(reportId, caller.isRecipient()));
  }

  /**
   * The report's actuals for a reader in the reporting organisation ({@code own}: a recipient
   * allowed this far) or outside it, small counts withheld for the latter.
   */
  private List<SubmittedReport.Actual> actuals(long reportId, boolean own) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.code, i.counts_people, r.numeric_value, r.text_value"
                    + " FROM indicator_result r JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                    + " JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE r.progress_report_id = ?1 AND r.dimension_value_id IS NULL ORDER BY i.id")
            .setParameter(1, reportId)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> parts =
        em.createNativeQuery(
                "SELECT i.code, CONCAT(d.code, ':', dv.code), r.numeric_value"
                    + " FROM indicator_result r JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                    + " JOIN indicator i ON i.id = gi.indicator_id"
                    + " JOIN dimension_value dv ON dv.id = r.dimension_value_id"
                    + " JOIN dimension d ON d.id = dv.dimension_id"
                    + " WHERE r.progress_report_id = ?1 ORDER BY i.id, d.sort_order, dv.sort_order")
            .setParameter(1, reportId)
            .getResultList();
    Map<String, Map<String, BigDecimal>> breakdowns = new HashMap<>();
    parts.forEach(
        p ->
            breakdowns
                .computeIfAbsent((String) p[0], k -> new LinkedHashMap<>())
                .put((String) p[1], (BigDecimal) p[2]));
    return rows.stream()
        .map(
            a ->
                new SubmittedReport.Actual(
                    (String) a[0],
                    smallCounts.figure(
                        a[1] instanceof Boolean b ? b : ((Number) a[1]).intValue() != 0,
                        (BigDecimal) a[2],
                        (String) a[3],
                        own),
                    own ? breakdowns.getOrDefault((String) a[0], Map.of()) : Map.of()))
        .toList();
  }
}
