package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fundtrack.reporting.control.BudgetShare;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.shared.time.SqlValues;

/**
 * What the reporting pages read: a grant's periods with their reports (due, overdue, submitted,
 * returned, accepted), the form of one period's report, the officers' review queue and the overdue
 * reports across grants. A recipient reads only its own organisation's grants; another's is "not
 * found", recorded.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
public class ReportingQueries {

  /** One reporting period with the state of its latest report revision. */
  public record PeriodReport(
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport,
      Long reportId,
      Integer revision,
      String status,
      boolean overdue) {}

  /** A submitted report waiting for an officer, or a period overdue. */
  public record QueueItem(
      long grantId,
      String grantReference,
      String recipient,
      int periodNo,
      LocalDate dueDate,
      Long reportId,
      Instant submittedAt) {}

  /** One budget category of the form: the grant's budget and its share for one period. */
  public record BudgetLine(
      String code, String nameEn, String nameFr, BigDecimal budget, BigDecimal periodShare) {}

  /** One indicator of the form, with the period's target and the breakdowns it declares. */
  public record IndicatorLine(
      String code,
      String nameEn,
      String nameFr,
      String unit,
      boolean numeric,
      BigDecimal target,
      List<DimensionOption> dimensions) {}

  /** One value of a dimension an indicator is broken down by: key {@code GENDER:WOMAN}. */
  public record DimensionOption(String key, String labelEn, String labelFr) {}

  /** Everything the report form of one period shows. */
  public record ReportForm(
      long grantId,
      String grantReference,
      String titleEn,
      String titleFr,
      String grantStatus,
      PeriodReport period,
      List<BudgetLine> budget,
      List<IndicatorLine> indicators) {}

  private static final String OVERDUE =
      " FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
          + " JOIN recipient rc ON rc.id = g.recipient_id"
          + " WHERE g.status = 'ACTIVE' AND rp.due_date < ?1"
          + " AND NOT EXISTS (SELECT 1 FROM progress_report pr WHERE pr.reporting_period_id = rp.id"
          + "   AND pr.status IN ('SUBMITTED', 'ACCEPTED'))";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AccessDenials denials;

  /**
   * The grant's periods, each with its latest report revision; overdue = due while the agreement is
   * in force, none submitted.
   */
  public List<PeriodReport> periods(@NotNull Caller caller, long grantId) {
    visibleGrant(caller, grantId);
    return periodsOf(grantId);
  }

  private List<PeriodReport> periodsOf(long grantId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rp.sequence_no, rp.period_start, rp.period_end, rp.due_date,"
                    + " rp.final_report, pr.id, pr.revision, pr.status, g.status"
                    + " FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
                    + " LEFT JOIN progress_report pr"
                    + "   ON pr.reporting_period_id = rp.id AND pr.revision ="
                    + "   (SELECT MAX(p2.revision) FROM progress_report p2"
                    + "    WHERE p2.reporting_period_id = rp.id)"
                    + " WHERE rp.grant_id = ?1 ORDER BY rp.sequence_no")
            .setParameter(1, grantId)
            .getResultList();
    LocalDate today = BusinessClock.today();
    return rows.stream().map(r -> period(r, today)).toList();
  }

  /**
   * The form of period {@code periodNo}: the grant's budget by category with each period's share,
   * and the indicators with the period's target.
   */
  public ReportForm form(@NotNull Caller caller, long grantId, int periodNo) {
    Object[] grant = visibleGrant(caller, grantId);
    PeriodReport period =
        periodsOf(grantId).stream()
            .filter(p -> p.periodNo() == periodNo)
            .findFirst()
            .orElseThrow(
                () -> BusinessRuleViolation.invalid("grant.report.noSuchPeriod", periodNo));
    LocalDate termStart = SqlValues.date(grant[5]);
    LocalDate termEnd = SqlValues.date(grant[6]);
    @SuppressWarnings("unchecked")
    List<Object[]> budget =
        em.createNativeQuery(
                "SELECT c.code, c.name_en, c.name_fr, b.amount FROM grant_budget_item b"
                    + " JOIN expense_category c ON c.id = b.expense_category_id"
                    + " WHERE b.grant_id = ?1 ORDER BY c.sort_order, c.code")
            .setParameter(1, grantId)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> indicators =
        em.createNativeQuery(
                "SELECT i.code, i.name_en, i.name_fr, i.unit, i.measure_type,"
                    + " (SELECT SUM(t.target_value) FROM indicator_target t"
                    + "   JOIN reporting_period rp ON rp.id = t.reporting_period_id"
                    + "   WHERE t.grant_indicator_id = gi.id AND rp.sequence_no = ?2"
                    + "   AND t.dimension_value_id IS NULL)"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE gi.grant_id = ?1 ORDER BY i.id")
            .setParameter(1, grantId)
            .setParameter(2, periodNo)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> options =
        em.createNativeQuery(
                "SELECT i.code, CONCAT(d.code, ':', dv.code), CONCAT(d.name_en, ' — ', dv.name_en),"
                    + " CONCAT(d.name_fr, ' — ', dv.name_fr)"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " JOIN indicator_dimension x ON x.indicator_id = i.id"
                    + " JOIN dimension d ON d.id = x.dimension_id"
                    + " JOIN dimension_value dv ON dv.dimension_id = d.id AND dv.active = TRUE"
                    + " WHERE gi.grant_id = ?1 ORDER BY i.id, d.sort_order, d.id, dv.sort_order, dv.id")
            .setParameter(1, grantId)
            .getResultList();
    java.util.Map<String, List<DimensionOption>> byIndicator = new java.util.HashMap<>();
    options.forEach(
        o ->
            byIndicator
                .computeIfAbsent((String) o[0], k -> new java.util.ArrayList<>())
                .add(new DimensionOption((String) o[1], (String) o[2], (String) o[3])));
    return new ReportForm(
        grantId,
        (String) grant[0],
        (String) grant[1],
        (String) grant[2],
        (String) grant[3],
        period,
        budget.stream()
            .map(
                b ->
                    new BudgetLine(
                        (String) b[0],
                        (String) b[1],
                        (String) b[2],
                        (BigDecimal) b[3],
                        BudgetShare.forPeriod(
                            (BigDecimal) b[3],
                            period.periodStart(),
                            period.periodEnd(),
                            termStart,
                            termEnd)))
            .toList(),
        indicators.stream()
            .map(
                i ->
                    new IndicatorLine(
                        (String) i[0],
                        (String) i[1],
                        (String) i[2],
                        (String) i[3],
                        !"QUALITATIVE".equals(i[4]),
                        (BigDecimal) i[5],
                        byIndicator.getOrDefault((String) i[0], List.of())))
            .toList());
  }

  /** Submitted reports waiting for review, oldest first. Staff only. */
  public Page<QueueItem> reviewQueue(@NotNull Caller caller, @NotNull @Valid PageRequest page) {
    requireStaff(caller);
    String from =
        " FROM progress_report pr JOIN grant_agreement g ON g.id = pr.grant_id"
            + " JOIN recipient rc ON rc.id = g.recipient_id"
            + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
            + " WHERE pr.status = 'SUBMITTED'";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT g.id, g.reference_number, rc.legal_name, rp.sequence_no, rp.due_date,"
                    + " pr.id, pr.submitted_at"
                    + from
                    + " ORDER BY pr.submitted_at, pr.id")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        ((Number) em.createNativeQuery("SELECT COUNT(*)" + from).getSingleResult()).longValue();
    return Page.of(rows.stream().map(ReportingQueries::item).toList(), page, total);
  }

  /** Periods past their due date with no report submitted, on active grants, oldest first. */
  public Page<QueueItem> overdue(@NotNull Caller caller, @NotNull @Valid PageRequest page) {
    requireStaff(caller);
    LocalDate today = BusinessClock.today();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT g.id, g.reference_number, rc.legal_name, rp.sequence_no, rp.due_date,"
                    + " NULL, NULL"
                    + OVERDUE
                    + " ORDER BY rp.due_date, g.id")
            .setParameter(1, today)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*)" + OVERDUE)
                    .setParameter(1, today)
                    .getSingleResult())
            .longValue();
    return Page.of(rows.stream().map(ReportingQueries::item).toList(), page, total);
  }

  private static QueueItem item(Object[] r) {
    return new QueueItem(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).intValue(),
        SqlValues.date(r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        SqlValues.instant(r[6]));
  }

  private static PeriodReport period(Object[] r, LocalDate today) {
    String status = (String) r[7];
    LocalDate due = SqlValues.date(r[3]);
    boolean submitted = "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
    // Only an agreement in force owes reports: an application's periods are not late.
    boolean owed = "ACTIVE".equals(r[8]);
    return new PeriodReport(
        ((Number) r[0]).intValue(),
        SqlValues.date(r[1]),
        SqlValues.date(r[2]),
        due,
        r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0,
        r[5] == null ? null : ((Number) r[5]).longValue(),
        r[6] == null ? null : ((Number) r[6]).intValue(),
        status,
        owed && !submitted && due.isBefore(today));
  }

  /** reference, title EN, title FR, status of a grant the caller may see. */
  private Object[] visibleGrant(Caller caller, long grantId) {
    @SuppressWarnings("unchecked")
    Optional<Object[]> grant =
        em.createNativeQuery(
                "SELECT reference_number, title_en, title_fr, status, recipient_id, start_date,"
                    + " end_date FROM grant_agreement WHERE id = ?1")
            .setParameter(1, grantId)
            .getResultStream()
            .findFirst();
    if (grant.isEmpty() || !caller.maySeeRecipient(((Number) grant.get()[4]).longValue())) {
      if (caller.isRecipient()) {
        denials.record("grant " + grantId);
      }
      throw BusinessRuleViolation.notFound("grant.notFound", grantId);
    }
    return grant.get();
  }

  private static void requireStaff(Caller caller) {
    if (caller.isRecipient()) {
      throw BusinessRuleViolation.notAllowed("security.notAllowed", "REVIEW_QUEUE", caller.role());
    }
  }
}
