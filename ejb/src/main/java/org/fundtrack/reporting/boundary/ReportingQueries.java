package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundtrack.reporting.control.BudgetShare;
import org.fundtrack.reporting.control.ReportFormQueries;
import org.fundtrack.reporting.control.ReportingAction;
import org.fundtrack.reporting.control.ReportingPermissions;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.MappedRows;
import org.fundtrack.shared.query.Page;
import org.fundtrack.shared.query.PageRequest;
import org.fundtrack.shared.time.BusinessClock;

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
      Instant submittedAt) {

    /** A row of the queue as the database holds it: DATETIME columns hold UTC. */
    public QueueItem(
        long grantId,
        String grantReference,
        String recipient,
        int periodNo,
        LocalDate dueDate,
        Long reportId,
        LocalDateTime submittedAtUtc) {
      this(
          grantId,
          grantReference,
          recipient,
          periodNo,
          dueDate,
          reportId,
          submittedAtUtc == null ? null : submittedAtUtc.toInstant(ZoneOffset.UTC));
    }
  }

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

  /** The columns of a queue item before its report's id and submission time. */
  private static final String QUEUE_ITEM =
      " g.id AS grant_id, g.reference_number AS grant_reference, rc.legal_name AS recipient,"
          + " rp.sequence_no AS period_no, rp.due_date AS due_date,";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AccessDenials denials;

  @Inject private ReportFormQueries rows;

  /**
   * The grant's periods, each with its latest report revision; overdue = due while the agreement is
   * in force, none submitted.
   */
  public List<PeriodReport> periods(@NotNull Caller caller, long grantId) {
    visibleGrant(caller, grantId);
    return periodsOf(grantId);
  }

  private List<PeriodReport> periodsOf(long grantId) {
    LocalDate today = BusinessClock.today();
    return rows.periods(grantId).stream().map(r -> period(r, today)).toList();
  }

  /**
   * The form of period {@code periodNo}: the grant's budget by category with each period's share,
   * and the indicators with the period's target.
   */
  public ReportForm form(@NotNull Caller caller, long grantId, int periodNo) {
    ReportFormQueries.GrantRow grant = visibleGrant(caller, grantId);
    PeriodReport period =
        periodsOf(grantId).stream()
            .filter(p -> p.periodNo() == periodNo)
            .findFirst()
            .orElseThrow(
                () -> BusinessRuleViolation.invalid("grant.report.noSuchPeriod", periodNo));
    Map<String, List<DimensionOption>> options = new HashMap<>();
    rows.options(grantId)
        .forEach(
            o ->
                options
                    .computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>())
                    .add(new DimensionOption(o.key(), o.labelEn(), o.labelFr())));
    return new ReportForm(
        grantId,
        grant.reference(),
        grant.titleEn(),
        grant.titleFr(),
        grant.status().name(),
        period,
        rows.budget(grantId).stream().map(b -> budgetLine(b, period, grant)).toList(),
        rows.indicators(grantId, periodNo).stream()
            .map(
                i ->
                    new IndicatorLine(
                        i.code(),
                        i.nameEn(),
                        i.nameFr(),
                        i.unit(),
                        !"QUALITATIVE".equals(i.measureType()),
                        i.target(),
                        options.getOrDefault(i.code(), List.of())))
            .toList());
  }

  private static BudgetLine budgetLine(
      ReportFormQueries.BudgetRow b, PeriodReport period, ReportFormQueries.GrantRow grant) {
    return new BudgetLine(
        b.code(),
        b.nameEn(),
        b.nameFr(),
        b.amount(),
        BudgetShare.forPeriod(
            b.amount(),
            period.periodStart(),
            period.periodEnd(),
            grant.startDate(),
            grant.endDate()));
  }

  /** Submitted reports waiting for review, oldest first. Staff only. */
  public Page<QueueItem> reviewQueue(@NotNull Caller caller, @NotNull @Valid PageRequest page) {
    requireStaff(caller);
    String from =
        " FROM progress_report pr JOIN grant_agreement g ON g.id = pr.grant_id"
            + " JOIN recipient rc ON rc.id = g.recipient_id"
            + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
            + " WHERE pr.status = 'SUBMITTED'";
    Query items =
        em.createNativeQuery(
                "SELECT"
                    + QUEUE_ITEM
                    + " pr.id AS report_id, pr.submitted_at AS submitted_at"
                    + from
                    + " ORDER BY pr.submitted_at, pr.id",
                "ReportQueueItem")
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    long total =
        ((Number) em.createNativeQuery("SELECT COUNT(*)" + from).getSingleResult()).longValue();
    return Page.of(MappedRows.list(items, QueueItem.class), page, total);
  }

  /** Periods past their due date with no report submitted, on active grants, oldest first. */
  public Page<QueueItem> overdue(@NotNull Caller caller, @NotNull @Valid PageRequest page) {
    requireStaff(caller);
    LocalDate today = BusinessClock.today();
    Query items =
        em.createNativeQuery(
                "SELECT"
                    + QUEUE_ITEM
                    + " NULL AS report_id, NULL AS submitted_at"
                    + OVERDUE
                    + " ORDER BY rp.due_date, g.id",
                "ReportQueueItem")
            .setParameter(1, today)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*)" + OVERDUE)
                    .setParameter(1, today)
                    .getSingleResult())
            .longValue();
    return Page.of(MappedRows.list(items, QueueItem.class), page, total);
  }

  private static PeriodReport period(ReportFormQueries.PeriodRow r, LocalDate today) {
    boolean submitted = "SUBMITTED".equals(r.status()) || "ACCEPTED".equals(r.status());
    // Only an agreement in force owes reports: an application's periods are not late.
    boolean owed = "ACTIVE".equals(r.grantStatus());
    return new PeriodReport(
        r.periodNo(),
        r.periodStart(),
        r.periodEnd(),
        r.dueDate(),
        r.finalReport(),
        r.reportId(),
        r.revision(),
        r.status(),
        owed && !submitted && r.dueDate().isBefore(today));
  }

  /** The grant, if the caller may see it; another organisation's is "not found", recorded. */
  private ReportFormQueries.GrantRow visibleGrant(Caller caller, long grantId) {
    Optional<ReportFormQueries.GrantRow> grant = rows.grant(grantId);
    if (grant.isEmpty() || !caller.maySeeRecipient(grant.get().recipientId())) {
      if (caller.isRecipient()) {
        denials.record("grant " + grantId);
      }
      throw BusinessRuleViolation.notFound("grant.notFound", grantId);
    }
    return grant.get();
  }

  private static void requireStaff(Caller caller) {
    ReportingPermissions.require(caller, ReportingAction.REVIEW_QUEUE);
  }
}
