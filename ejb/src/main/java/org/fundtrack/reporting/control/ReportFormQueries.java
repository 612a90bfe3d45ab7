package org.fundtrack.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.shared.query.MappedRows;

/**
 * What a grant's reporting periods and a period's report form are read from, as typed rows. The
 * grant and its budget are JPQL; the periods (each joined to its latest revision), the indicators
 * (with the period's target summed in a subquery) and their dimension values stay SQL, read through
 * the result set mappings of {@code META-INF/orm.xml}.
 */
@ApplicationScoped
public class ReportFormQueries {

  /** The grant a report belongs to: its names, state, recipient and term. */
  public record GrantRow(
      String reference,
      String titleEn,
      String titleFr,
      GrantStatus status,
      long recipientId,
      LocalDate startDate,
      LocalDate endDate) {}

  /** One reporting period with its latest report revision, if any, and its grant's state. */
  public record PeriodRow(
      int periodNo,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueDate,
      boolean finalReport,
      Long reportId,
      Integer revision,
      String status,
      String grantStatus) {}

  /** One category of the grant's budget. */
  public record BudgetRow(String code, String nameEn, String nameFr, BigDecimal amount) {}

  /** One indicator of the grant, with the period's total target. */
  public record IndicatorRow(
      String code,
      String nameEn,
      String nameFr,
      String unit,
      String measureType,
      BigDecimal target) {}

  /** One active value of a dimension an indicator is broken down by ({@code GENDER:WOMAN}). */
  public record OptionRow(String indicatorCode, String key, String labelEn, String labelFr) {}

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /** The grant, if there is one. */
  public Optional<GrantRow> grant(long grantId) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.reporting.control.ReportFormQueries$GrantRow("
                + "g.referenceNumber, g.text.titleEn, g.text.titleFr, g.status, g.recipient.id,"
                + " g.terms.startDate, g.terms.endDate) FROM GrantAgreement g WHERE g.id = :id",
            GrantRow.class)
        .setParameter("id", grantId)
        .getResultStream()
        .findFirst();
  }

  /** The grant's periods in order, each with its latest revision. */
  public List<PeriodRow> periods(long grantId) {
    return MappedRows.list(
        em.createNativeQuery(
                "SELECT rp.sequence_no AS period_no, rp.period_start, rp.period_end,"
                    + " rp.due_date, rp.final_report, pr.id AS report_id, pr.revision,"
                    + " pr.status AS status, g.status AS grant_status"
                    + " FROM reporting_period rp JOIN grant_agreement g ON g.id = rp.grant_id"
                    + " LEFT JOIN progress_report pr"
                    + "   ON pr.reporting_period_id = rp.id AND pr.revision ="
                    + "   (SELECT MAX(p2.revision) FROM progress_report p2"
                    + "    WHERE p2.reporting_period_id = rp.id)"
                    + " WHERE rp.grant_id = ?1 ORDER BY rp.sequence_no",
                "ReportPeriodRow")
            .setParameter(1, grantId),
        PeriodRow.class);
  }

  /** The grant's budget by category, in the categories' order. */
  public List<BudgetRow> budget(long grantId) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.reporting.control.ReportFormQueries$BudgetRow("
                + "c.code, c.name.en, c.name.fr, b.amount) FROM GrantBudgetItem b"
                + " JOIN b.expenseCategory c WHERE b.grant.id = :id ORDER BY c.sortOrder, c.code",
            BudgetRow.class)
        .setParameter("id", grantId)
        .getResultList();
  }

  /** The grant's indicators, with period {@code periodNo}'s total target. */
  public List<IndicatorRow> indicators(long grantId, int periodNo) {
    return MappedRows.list(
        em.createNativeQuery(
                "SELECT i.code, i.name_en, i.name_fr, i.unit, i.measure_type,"
                    + " (SELECT SUM(t.target_value) FROM indicator_target t"
                    + "   JOIN reporting_period rp ON rp.id = t.reporting_period_id"
                    + "   WHERE t.grant_indicator_id = gi.id AND rp.sequence_no = ?2"
                    + "   AND t.dimension_value_id IS NULL) AS target"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " WHERE gi.grant_id = ?1 ORDER BY i.id",
                "ReportIndicatorRow")
            .setParameter(1, grantId)
            .setParameter(2, periodNo),
        IndicatorRow.class);
  }

  /** The active values of the dimensions the grant's indicators are broken down by, in order. */
  public List<OptionRow> options(long grantId) {
    return MappedRows.list(
        em.createNativeQuery(
                "SELECT i.code AS indicator_code, CONCAT(d.code, ':', dv.code) AS option_key,"
                    + " CONCAT(d.name_en, ' — ', dv.name_en) AS label_en,"
                    + " CONCAT(d.name_fr, ' — ', dv.name_fr) AS label_fr"
                    + " FROM grant_indicator gi JOIN indicator i ON i.id = gi.indicator_id"
                    + " JOIN indicator_dimension x ON x.indicator_id = i.id"
                    + " JOIN dimension d ON d.id = x.dimension_id"
                    + " JOIN dimension_value dv ON dv.dimension_id = d.id AND dv.active = TRUE"
                    + " WHERE gi.grant_id = ?1 ORDER BY i.id, d.sort_order, d.id, dv.sort_order, dv.id",
                "ReportOptionRow")
            .setParameter(1, grantId),
        OptionRow.class);
  }
}
