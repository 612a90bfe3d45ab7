package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.MappedRows;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Every progress report of a grant as the ministry received it, for an auditor's evidence: each
 * submitted revision of each period (a returned report and its resubmission are two rows) with its
 * review and the spending it declared, and for a period with nothing submitted whether it is still
 * to come, overdue (past due on an active grant) or was never submitted. Recipients' drafts are not
 * the ministry's to see, so a period with only a draft counts as nothing submitted. Staff only.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR})
public class ReportHistoryQueries {

  /** What a period with nothing submitted is. */
  public static final String DUE = "DUE";

  public static final String OVERDUE = "OVERDUE";
  public static final String NOT_SUBMITTED = "NOT_SUBMITTED";

  /**
   * One submitted revision, or a period with none.
   *
   * @param status SUBMITTED, RETURNED or ACCEPTED, or DUE, OVERDUE or NOT_SUBMITTED
   * @param revision null for a period with nothing submitted, as are the submission's values
   */
  public record ReportRecord(
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport,
      Integer revision,
      String status,
      Instant submittedAt,
      String submittedBy,
      Instant reviewedAt,
      String reviewedBy,
      String reviewComment,
      BigDecimal spent) {}

  /** A row of the history as SQL reads it (orm.xml's ReportHistoryRow); DATETIME holds UTC. */
  public record Row(
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport,
      Integer revision,
      String status,
      LocalDateTime submittedAt,
      String submittedBy,
      LocalDateTime reviewedAt,
      String reviewedBy,
      String reviewComment,
      BigDecimal spent,
      String grantStatus) {}

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** The grant's periods in order, each with its submitted revisions in order. */
  public List<ReportRecord> ofGrant(long grantId) {
    Query rows =
        em.createNativeQuery(
                "SELECT rp.sequence_no AS period_no, rp.period_start, rp.period_end, rp.due_date,"
                    + " rp.final_report, pr.revision, pr.status AS status, pr.submitted_at,"
                    + " su.display_name AS submitted_by, pr.reviewed_at,"
                    + " ru.display_name AS reviewed_by, pr.review_comment,"
                    + " (SELECT SUM(x.amount) FROM report_expense x"
                    + "   WHERE x.progress_report_id = pr.id) AS spent, g.status AS grant_status"
                    + " FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
                    + " LEFT JOIN progress_report pr ON pr.reporting_period_id = rp.id"
                    + "   AND pr.status <> 'DRAFT'"
                    + " LEFT JOIN app_user su ON su.id = pr.submitted_by_id"
                    + " LEFT JOIN app_user ru ON ru.id = pr.reviewed_by_id"
                    + " WHERE rp.grant_id = ?1 ORDER BY rp.sequence_no, pr.revision",
                "ReportHistoryRow")
            .setParameter(1, grantId);
    LocalDate today = BusinessClock.today();
    return MappedRows.list(rows, Row.class).stream().map(r -> record(r, today)).toList();
  }

  private static ReportRecord record(Row r, LocalDate today) {
    boolean submitted = r.revision() != null;
    return new ReportRecord(
        r.periodNo(),
        r.periodStart(),
        r.periodEnd(),
        r.dueDate(),
        r.finalReport(),
        r.revision(),
        submitted ? r.status() : missing(r.dueDate(), today, "ACTIVE".equals(r.grantStatus())),
        utc(r.submittedAt()),
        r.submittedBy(),
        utc(r.reviewedAt()),
        r.reviewedBy(),
        r.reviewComment(),
        r.spent() == null ? null : r.spent().setScale(2));
  }

  private static Instant utc(LocalDateTime value) {
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  private static String missing(LocalDate due, LocalDate today, boolean active) {
    if (!due.isBefore(today)) {
      return DUE;
    }
    return active ? OVERDUE : NOT_SUBMITTED;
  }
}
