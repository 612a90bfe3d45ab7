package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.time.BusinessClock;
import org.fundtrack.shared.time.SqlValues;

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

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** The grant's periods in order, each with its submitted revisions in order. */
  public List<ReportRecord> ofGrant(long grantId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rp.sequence_no, rp.period_start, rp.period_end, rp.due_date,"
                    + " rp.final_report, pr.revision, pr.status, pr.submitted_at, su.display_name,"
                    + " pr.reviewed_at, ru.display_name, pr.review_comment,"
                    + " (SELECT SUM(x.amount) FROM report_expense x"
                    + "   WHERE x.progress_report_id = pr.id), g.status"
                    + " FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
                    + " LEFT JOIN progress_report pr ON pr.reporting_period_id = rp.id"
                    + "   AND pr.status <> 'DRAFT'"
                    + " LEFT JOIN app_user su ON su.id = pr.submitted_by_id"
                    + " LEFT JOIN app_user ru ON ru.id = pr.reviewed_by_id"
                    + " WHERE rp.grant_id = ?1 ORDER BY rp.sequence_no, pr.revision")
            .setParameter(1, grantId)
            .getResultList();
    LocalDate today = BusinessClock.today();
    return rows.stream().map(r -> record(r, today)).toList();
  }

  private static ReportRecord record(Object[] r, LocalDate today) {
    LocalDate due = SqlValues.date(r[3]);
    boolean submitted = r[5] != null;
    return new ReportRecord(
        ((Number) r[0]).intValue(),
        SqlValues.date(r[1]),
        SqlValues.date(r[2]),
        due,
        r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0,
        submitted ? ((Number) r[5]).intValue() : null,
        submitted ? (String) r[6] : missing(due, today, "ACTIVE".equals(r[13])),
        SqlValues.instant(r[7]),
        (String) r[8],
        SqlValues.instant(r[9]),
        (String) r[10],
        (String) r[11],
        r[12] == null ? null : ((BigDecimal) r[12]).setScale(2));
  }

  private static String missing(LocalDate due, LocalDate today, boolean active) {
    if (!due.isBefore(today)) {
      return DUE;
    }
    return active ? OVERDUE : NOT_SUBMITTED;
  }
}
