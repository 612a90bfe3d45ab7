package org.fundtrack.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fundtrack.shared.query.MappedRows;

/**
 * The SQL behind the scorecards, read into typed rows through the result set mappings of {@code
 * META-INF/orm.xml}. It stays SQL: each line takes its latest value with {@code ORDER BY … LIMIT 1}
 * in a correlated subquery, and results meet fiscal years by date range, which JPQL cannot say.
 * Every query filters by one scope condition (the scorecard service's fixed {@code g.id = ?1},
 * {@code f.id = ?1}, … never caller text) over the aliases g, f and pa.
 */
@ApplicationScoped
public class ScorecardQueries {

  /**
   * One grant's figures for one indicator and fiscal year: its target, the sum, latest and smallest
   * of its accepted actuals, and the baseline it declares (own) or inherits from the catalogue.
   */
  public record LineRow(
      long grantId,
      long recipientId,
      String code,
      String nameEn,
      String nameFr,
      String unit,
      String direction,
      boolean aggregatable,
      boolean countsPeople,
      BigDecimal target,
      BigDecimal actualSum,
      BigDecimal actualLatest,
      BigDecimal actualSmallest,
      BigDecimal baseline,
      Integer baselineYear,
      boolean ownBaseline) {}

  /**
   * One grant's actual for one cell: a period ({@code periodEnd}) or a dimension value ({@code
   * dimension…}, {@code value…}); the other's columns are null.
   */
  public record CellRow(
      String code,
      String nameEn,
      String nameFr,
      boolean countsPeople,
      long recipientId,
      LocalDate periodEnd,
      BigDecimal value,
      String dimensionEn,
      String dimensionFr,
      String valueEn,
      String valueFr) {}

  /** A scope's name in English and French, and for a grant its recipient. */
  public record ScopeName(String en, String fr, Long recipientId) {}

  private static final String LINE_ROW = "ScorecardLineRow";
  private static final String CELL_ROW = "ScorecardCellRow";
  private static final String SCOPE_NAME = "ScorecardScopeName";

  private static final String LATEST_RESULTS =
      " FROM indicator_result r"
          + "   JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + "   WHERE r.grant_indicator_id = gi.id AND r.dimension_value_id IS NULL"
          + "   AND pr.status = 'ACCEPTED' AND rp.period_end BETWEEN ?3 AND ?4";

  private static final String LINES =
      "SELECT gi.grant_id AS grant_id, g.recipient_id AS recipient_id, i.code AS code,"
          + " i.name_en AS name_en, i.name_fr AS name_fr, i.unit AS unit,"
          + " i.direction AS direction, i.aggregatable AS aggregatable,"
          + " i.counts_people AS counts_people,"
          + " (SELECT SUM(t.target_value) FROM indicator_target t"
          + "   LEFT JOIN reporting_period trp ON trp.id = t.reporting_period_id"
          + "   WHERE t.grant_indicator_id = gi.id AND t.dimension_value_id IS NULL"
          + "   AND (t.fiscal_year_id = ?2 OR trp.period_end BETWEEN ?3 AND ?4)) AS target,"
          + " (SELECT SUM(r.numeric_value)"
          + LATEST_RESULTS
          + ") AS actual_sum,"
          + " (SELECT r.numeric_value"
          + LATEST_RESULTS
          + "   ORDER BY rp.period_end DESC LIMIT 1) AS actual_latest,"
          + " (SELECT MIN(r.numeric_value)"
          + LATEST_RESULTS
          + ") AS actual_smallest,"
          + " COALESCE(gi.baseline_value, i.baseline_value) AS baseline,"
          + " COALESCE(gi.baseline_year, i.baseline_year) AS baseline_year,"
          + " gi.baseline_value IS NOT NULL AS own_baseline"
          + " FROM grant_indicator gi JOIN grant_agreement g ON g.id = gi.grant_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " JOIN indicator i ON i.id = gi.indicator_id"
          + " WHERE i.measure_type <> 'QUALITATIVE' AND ";

  private static final String CELLS =
      " JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   AND pr.status = 'ACCEPTED'"
          + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
          + " JOIN indicator i ON i.id = gi.indicator_id"
          + " JOIN grant_agreement g ON g.id = gi.grant_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " WHERE i.aggregatable AND r.numeric_value IS NOT NULL"
          + " AND rp.period_end BETWEEN ?2 AND ?3 AND ";

  private static final String CELL_INDICATOR =
      "SELECT i.code AS code, i.name_en AS name_en, i.name_fr AS name_fr,"
          + " i.counts_people AS counts_people, g.recipient_id AS recipient_id, ";

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /** Each grant's figures per indicator for the year, by indicator then grant. */
  public List<LineRow> lines(
      String scopeCondition, long scopeId, Long fiscalYearId, LocalDate start, LocalDate end) {
    Query query =
        em.createNativeQuery(LINES + scopeCondition + " ORDER BY i.id, gi.grant_id", LINE_ROW)
            .setParameter(1, scopeId)
            .setParameter(2, fiscalYearId)
            .setParameter(3, start)
            .setParameter(4, end);
    return MappedRows.list(query, LineRow.class);
  }

  /** Each grant's aggregatable actuals per reporting period end, by indicator then period. */
  public List<CellRow> periodCells(
      String scopeCondition, long scopeId, LocalDate start, LocalDate end) {
    String sql =
        CELL_INDICATOR
            + " rp.period_end AS period_end, SUM(r.numeric_value) AS value,"
            + " NULL AS dimension_en, NULL AS dimension_fr, NULL AS value_en, NULL AS value_fr"
            + " FROM indicator_result r"
            + CELLS
            + " r.dimension_value_id IS NULL AND "
            + scopeCondition
            + " GROUP BY i.id, i.code, i.name_en, i.name_fr, i.counts_people, g.id,"
            + " g.recipient_id, rp.period_end ORDER BY i.id, rp.period_end";
    return cells(sql, scopeId, start, end);
  }

  /** Each grant's aggregatable actuals per dimension value, in the dimensions' order. */
  public List<CellRow> dimensionCells(
      String scopeCondition, long scopeId, LocalDate start, LocalDate end) {
    String sql =
        CELL_INDICATOR
            + " NULL AS period_end, SUM(r.numeric_value) AS value,"
            + " d.name_en AS dimension_en, d.name_fr AS dimension_fr,"
            + " dv.name_en AS value_en, dv.name_fr AS value_fr"
            + " FROM indicator_result r JOIN dimension_value dv ON dv.id = r.dimension_value_id"
            + " JOIN dimension d ON d.id = dv.dimension_id"
            + CELLS
            + scopeCondition
            + " GROUP BY i.id, i.code, i.name_en, i.name_fr, i.counts_people, g.id,"
            + " g.recipient_id, d.id, d.name_en, d.name_fr, dv.id, dv.name_en, dv.name_fr"
            + " ORDER BY i.id, d.sort_order, d.id, dv.sort_order, dv.id";
    return cells(sql, scopeId, start, end);
  }

  private List<CellRow> cells(String sql, long scopeId, LocalDate start, LocalDate end) {
    Query query =
        em.createNativeQuery(sql, CELL_ROW)
            .setParameter(1, scopeId)
            .setParameter(2, start)
            .setParameter(3, end);
    return MappedRows.list(query, CellRow.class);
  }

  /** The fiscal years (start years) with accepted results in the scope, oldest first. */
  public List<Integer> yearsWithResults(String scopeCondition, long scopeId) {
    List<?> years =
        em.createNativeQuery(
                "SELECT DISTINCT fy.start_year FROM indicator_result r"
                    + " JOIN progress_report pr ON pr.id = r.progress_report_id"
                    + " AND pr.status = 'ACCEPTED'"
                    + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
                    + " JOIN fiscal_year fy ON rp.period_end BETWEEN fy.start_date AND fy.end_date"
                    + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
                    + " JOIN grant_agreement g ON g.id = gi.grant_id"
                    + " JOIN fund f ON f.id = g.fund_id"
                    + " JOIN program_area pa ON pa.id = f.program_area_id WHERE "
                    + scopeCondition
                    + " ORDER BY fy.start_year")
            .setParameter(1, scopeId)
            .getResultList();
    return years.stream().map(year -> ((Number) year).intValue()).toList();
  }

  /** Whether the recipient holds a grant from the fund. */
  public boolean holdsGrantFrom(long recipientId, long fundId) {
    return em.createQuery(
                "SELECT COUNT(g) FROM GrantAgreement g"
                    + " WHERE g.fund.id = :fund AND g.recipient.id = :recipient",
                Long.class)
            .setParameter("fund", fundId)
            .setParameter("recipient", recipientId)
            .getSingleResult()
        > 0;
  }

  /** The id of the fiscal year starting in {@code startYear}, if there is one. */
  public Optional<Long> fiscalYearId(int startYear) {
    return em.createQuery("SELECT y.id FROM FiscalYear y WHERE y.startYear = :year", Long.class)
        .setParameter("year", startYear)
        .getResultStream()
        .findFirst();
  }

  /** A grant's name: its reference and title. */
  public Optional<ScopeName> grantName(long id) {
    return name(
        "SELECT CONCAT(reference_number, ' — ', title_en) AS en,"
            + " CONCAT(reference_number, ' — ', title_fr) AS fr, recipient_id"
            + " FROM grant_agreement WHERE id = ?1",
        id);
  }

  /** A fund's name: its code and name. */
  public Optional<ScopeName> fundName(long id) {
    return name(
        "SELECT CONCAT(code, ' — ', name_en) AS en, CONCAT(code, ' — ', name_fr) AS fr,"
            + " NULL AS recipient_id FROM fund WHERE id = ?1",
        id);
  }

  /** A program area's name. */
  public Optional<ScopeName> programAreaName(long id) {
    return name(
        "SELECT name_en AS en, name_fr AS fr, NULL AS recipient_id FROM program_area WHERE id = ?1",
        id);
  }

  /** A strategy's name. */
  public Optional<ScopeName> strategyName(long id) {
    return name(
        "SELECT name_en AS en, name_fr AS fr, NULL AS recipient_id FROM strategy WHERE id = ?1",
        id);
  }

  private Optional<ScopeName> name(String sql, long id) {
    return MappedRows.first(
        em.createNativeQuery(sql, SCOPE_NAME).setParameter(1, id), ScopeName.class);
  }
}
