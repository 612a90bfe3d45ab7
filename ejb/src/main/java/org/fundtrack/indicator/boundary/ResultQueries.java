package org.fundtrack.indicator.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.indicator.control.SmallCounts;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.query.ExportBatch;
import org.fundtrack.shared.query.MappedRows;

/**
 * Reported indicator results for the auditors' workbook, by keyset batches: the overall figure of
 * each indicator in each submitted or accepted progress report, with the period's target (or the
 * fiscal year's, for a grant whose targets are set per year). Ministry staff only.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR})
public class ResultQueries {

  private static final String SELECT =
      "SELECT r.id AS id, g.reference_number AS reference_number, g.recipient_id AS recipient_id,"
          + " rc.legal_name AS recipient, i.code AS code, i.name_en AS name_en,"
          + " i.name_fr AS name_fr, i.unit AS unit, i.direction AS direction,"
          + " i.counts_people AS counts_people, rp.sequence_no AS period_no,"
          + " rp.period_start AS period_start, rp.period_end AS period_end,"
          + " pr.status AS report_status,"
          + " COALESCE((SELECT SUM(t.target_value) FROM indicator_target t WHERE"
          + "   t.grant_indicator_id = gi.id AND t.reporting_period_id = rp.id"
          + "   AND t.dimension_value_id IS NULL), (SELECT SUM(t.target_value) FROM"
          + "   indicator_target t JOIN fiscal_year fy ON fy.id = t.fiscal_year_id WHERE"
          + "   t.grant_indicator_id = gi.id AND t.dimension_value_id IS NULL"
          + "   AND rp.period_end BETWEEN fy.start_date AND fy.end_date)) AS target,"
          + " r.numeric_value AS numeric_value, r.text_value AS text_value,"
          + " pr.review_comment AS review_comment"
          + " FROM indicator_result r JOIN progress_report pr ON pr.id = r.progress_report_id"
          + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
          + " JOIN indicator i ON i.id = gi.indicator_id"
          + " JOIN grant_agreement g ON g.id = gi.grant_id JOIN recipient rc ON rc.id = g.recipient_id"
          + " JOIN fund f ON f.id = g.fund_id"
          + " WHERE r.dimension_value_id IS NULL AND r.id > ?1";

  /**
   * The workbook's batches read results first, in id order, and join the rest to each: left to
   * choose, MariaDB starts from the 19 indicators and sorts every remaining result once per batch
   * (4 s a batch at a million values, against 0.09 s so).
   */
  private static final String BATCH_SELECT =
      "SELECT STRAIGHT_JOIN" + SELECT.substring("SELECT".length());

  /** The mapping of {@link #SELECT}'s rows onto {@link Row} (META-INF/orm.xml). */
  private static final String ROW = "ResultEntryRow";

  /** The workbook lists what stands: results of reports under review or accepted. */
  private static final String STANDING = " AND pr.status IN ('SUBMITTED', 'ACCEPTED')";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private SmallCounts smallCounts;

  @Inject private ExportBatch batchSize;

  /**
   * The next batch after result id {@code after}; year (start year) and fund code optional. Its
   * readers are ministry staff, outside every reporting organisation.
   */
  public List<ResultEntry> results(Integer fiscalYear, String fundCode, long after) {
    String sql = BATCH_SELECT + STANDING;
    if (fiscalYear != null) {
      sql += " AND rp.period_end BETWEEN ?2 AND ?3";
    }
    if (fundCode != null) {
      sql += " AND f.code = ?4";
    }
    var query = em.createNativeQuery(sql + " ORDER BY r.id", ROW).setParameter(1, after);
    if (fiscalYear != null) {
      query.setParameter(2, LocalDate.of(fiscalYear, 4, 1));
      query.setParameter(3, LocalDate.of(fiscalYear + 1, 3, 31));
    }
    if (fundCode != null) {
      query.setParameter(4, fundCode);
    }
    return MappedRows.list(query.setMaxResults(batchSize.rows()), Row.class).stream()
        .map(r -> entry(r, false))
        .toList();
  }

  /**
   * Every overall result of one progress report, for its PDF, whatever its review (a returned
   * report's PDF shows what it said); the caller checked the scope, so a recipient reading it is
   * its reporting organisation.
   */
  @RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
  public List<ResultEntry> resultsOfReport(@NotNull Caller caller, long progressReportId) {
    List<Row> rows =
        MappedRows.list(
            em.createNativeQuery(SELECT + " AND pr.id = ?2 ORDER BY i.id", ROW)
                .setParameter(1, 0L)
                .setParameter(2, progressReportId),
            Row.class);
    return rows.stream()
        .map(r -> entry(r, caller.isRecipient() && caller.maySeeRecipient(r.recipientId())))
        .toList();
  }

  private ResultEntry entry(Row r, boolean own) {
    return new ResultEntry(
        r.id(),
        r.referenceNumber(),
        r.recipientId(),
        r.recipient(),
        r.code(),
        r.nameEn(),
        r.nameFr(),
        r.unit(),
        Direction.valueOf(r.direction()),
        r.periodNo(),
        r.periodStart(),
        r.periodEnd(),
        r.reportStatus(),
        r.target(),
        smallCounts.figure(r.countsPeople(), r.value(), r.text(), own),
        r.reviewComment());
  }

  /** One result as {@link #SELECT} reads it (mapping {@code ResultEntryRow}). */
  public record Row(
      long id,
      String referenceNumber,
      long recipientId,
      String recipient,
      String code,
      String nameEn,
      String nameFr,
      String unit,
      String direction,
      boolean countsPeople,
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      String reportStatus,
      BigDecimal target,
      BigDecimal value,
      String text,
      String reviewComment) {}
}
