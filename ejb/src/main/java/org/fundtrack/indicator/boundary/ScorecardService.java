package org.fundtrack.indicator.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.indicator.boundary.ScorecardLine.Shown;
import org.fundtrack.indicator.control.CellSuppression;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.indicator.control.ScorecardStatus;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Targets against actuals per indicator for a grant, a fund, a program area or the strategy, for
 * one fiscal year. Actuals are the overall results of accepted progress reports whose period ends
 * in the year; targets the year's (or its periods') targets. An aggregatable indicator is summed
 * across periods and grants; one that is not (a percentage, an average) shows a grant's latest
 * value and has no total across grants.
 *
 * <p>Small counts about people are withheld from everyone outside the reporting organisation: a
 * grant's value below the threshold shows as "&lt;5", and a total over several grants is withheld
 * whenever one of its grants' values is, since the total less the other grants' values would give
 * the hidden one away. Recipients read their own grants' scorecards with exact values, and the
 * scorecards of the funds they hold grants from (their results beside the program's), where every
 * other organisation's small counts stay protected.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
public class ScorecardService {

  private static final String LINES =
      "SELECT gi.grant_id, g.recipient_id, i.code, i.name_en, i.name_fr, i.unit, i.direction,"
          + " i.aggregatable, i.counts_people,"
          + " (SELECT SUM(t.target_value) FROM indicator_target t"
          + "   LEFT JOIN reporting_period trp ON trp.id = t.reporting_period_id"
          + "   WHERE t.grant_indicator_id = gi.id AND t.dimension_value_id IS NULL"
          + "   AND (t.fiscal_year_id = ?2 OR trp.period_end BETWEEN ?3 AND ?4)),"
          + " (SELECT SUM(r.numeric_value) FROM indicator_result r"
          + "   JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + "   WHERE r.grant_indicator_id = gi.id AND r.dimension_value_id IS NULL"
          + "   AND pr.status = 'ACCEPTED' AND rp.period_end BETWEEN ?3 AND ?4),"
          + " (SELECT r.numeric_value FROM indicator_result r"
          + "   JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + "   WHERE r.grant_indicator_id = gi.id AND r.dimension_value_id IS NULL"
          + "   AND pr.status = 'ACCEPTED' AND rp.period_end BETWEEN ?3 AND ?4"
          + "   ORDER BY rp.period_end DESC LIMIT 1),"
          + " (SELECT MIN(r.numeric_value) FROM indicator_result r"
          + "   JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + "   WHERE r.grant_indicator_id = gi.id AND r.dimension_value_id IS NULL"
          + "   AND pr.status = 'ACCEPTED' AND rp.period_end BETWEEN ?3 AND ?4),"
          + " COALESCE(gi.baseline_value, i.baseline_value),"
          + " COALESCE(gi.baseline_year, i.baseline_year), gi.baseline_value IS NOT NULL"
          + " FROM grant_indicator gi JOIN grant_agreement g ON g.id = gi.grant_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " JOIN indicator i ON i.id = gi.indicator_id"
          + " WHERE i.measure_type <> 'QUALITATIVE' AND ";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private AccessDenials denials;

  @Inject
  @ConfigProperty(name = "fundtrack.suppression.threshold", defaultValue = "5")
  private int threshold;

  private static final String CELLS =
      " FROM indicator_result r JOIN progress_report pr ON pr.id = r.progress_report_id"
          + "   AND pr.status = 'ACCEPTED'"
          + " JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
          + " JOIN grant_indicator gi ON gi.id = r.grant_indicator_id"
          + " JOIN indicator i ON i.id = gi.indicator_id"
          + " JOIN grant_agreement g ON g.id = gi.grant_id"
          + " JOIN fund f ON f.id = g.fund_id JOIN program_area pa ON pa.id = f.program_area_id"
          + " WHERE i.aggregatable AND r.numeric_value IS NOT NULL"
          + " AND rp.period_end BETWEEN ?2 AND ?3 AND ";

  /**
   * The aggregatable indicators' actuals per reporting period of the year (by period end), with the
   * same protection as the scorecard: a period's cells add up to the year's total, so one hidden
   * period withholds the indicator's whole series.
   */
  public List<ScorecardCell> series(
      @NotNull Caller caller, @NotNull ScorecardScope scope, long scopeId, int fiscalYear) {
    requireScope(caller, scope, scopeId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.code, i.name_en, i.name_fr, i.counts_people, g.recipient_id,"
                    + " rp.period_end, SUM(r.numeric_value), NULL, NULL, NULL, NULL"
                    + CELLS
                    + " r.dimension_value_id IS NULL AND "
                    + condition(scope)
                    + " GROUP BY i.id, i.code, i.name_en, i.name_fr, i.counts_people, g.id,"
                    + " g.recipient_id, rp.period_end ORDER BY i.id, rp.period_end")
            .setParameter(1, scopeId)
            .setParameter(2, LocalDate.of(fiscalYear, 4, 1))
            .setParameter(3, LocalDate.of(fiscalYear + 1, 3, 31))
            .getResultList();
    return cells(caller, rows, r -> (String) r[0] + "|" + r[5], r -> (String) r[0]);
  }

  /**
   * The aggregatable indicators' actuals by dimension value for the year; the values of one
   * dimension add up to the indicator's total, so one hidden value withholds its dimension.
   */
  public List<ScorecardCell> breakdown(
      @NotNull Caller caller, @NotNull ScorecardScope scope, long scopeId, int fiscalYear) {
    requireScope(caller, scope, scopeId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT i.code, i.name_en, i.name_fr, i.counts_people, g.recipient_id, NULL,"
                    + " SUM(r.numeric_value), d.name_en, d.name_fr, dv.name_en, dv.name_fr"
                    + " FROM indicator_result r JOIN dimension_value dv ON dv.id = r.dimension_value_id"
                    + " JOIN dimension d ON d.id = dv.dimension_id"
                    + CELLS.substring(" FROM indicator_result r".length())
                    + condition(scope)
                    + " GROUP BY i.id, i.code, i.name_en, i.name_fr, i.counts_people, g.id,"
                    + " g.recipient_id, d.id, d.name_en, d.name_fr, dv.id, dv.name_en, dv.name_fr"
                    + " ORDER BY i.id, d.sort_order, d.id, dv.sort_order, dv.id")
            .setParameter(1, scopeId)
            .setParameter(2, LocalDate.of(fiscalYear, 4, 1))
            .setParameter(3, LocalDate.of(fiscalYear + 1, 3, 31))
            .getResultList();
    return cells(caller, rows, r -> r[0] + "|" + r[7] + "|" + r[9], r -> r[0] + "|" + r[7]);
  }

  /**
   * Rows (code, name EN, name FR, counts people, recipient, period end, value, dimension EN/FR,
   * value EN/FR), one per grant and cell, become cells decided by {@link CellSuppression}.
   */
  private List<ScorecardCell> cells(
      Caller caller,
      List<Object[]> rows,
      java.util.function.Function<Object[], String> cellKey,
      java.util.function.Function<Object[], String> groupKey) {
    Map<String, Map<String, List<CellSuppression.Contribution>>> groups = new LinkedHashMap<>();
    Map<String, Object[]> firstRow = new LinkedHashMap<>();
    Map<String, Boolean> people = new LinkedHashMap<>();
    for (Object[] r : rows) {
      boolean own = caller.isRecipient() && caller.maySeeRecipient(num(r[4]));
      String group = groupKey.apply(r);
      String cell = cellKey.apply(r);
      groups
          .computeIfAbsent(group, g -> new LinkedHashMap<>())
          .computeIfAbsent(cell, c -> new ArrayList<>())
          .add(new CellSuppression.Contribution(own, (BigDecimal) r[6]));
      firstRow.putIfAbsent(cell, r);
      people.put(group, truth(r[3]));
    }
    List<ScorecardCell> cells = new ArrayList<>();
    groups.forEach(
        (group, members) -> {
          Map<String, CellSuppression.Shown> shown =
              CellSuppression.decide(members, people.get(group), threshold, true);
          members.forEach(
              (cell, contributions) -> {
                Object[] r = firstRow.get(cell);
                CellSuppression.Shown s = shown.get(cell);
                BigDecimal sum =
                    contributions.stream()
                        .map(CellSuppression.Contribution::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                cells.add(
                    new ScorecardCell(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        r[5] == null ? null : org.fundtrack.shared.time.SqlValues.date(r[5]),
                        (String) r[7],
                        (String) r[8],
                        (String) r[9],
                        (String) r[10],
                        s == CellSuppression.Shown.EXACT ? sum : null,
                        s,
                        threshold));
              });
        });
    return cells;
  }

  /** Counts about people below this are withheld outside the reporting organisation. */
  public int suppressionThreshold() {
    return threshold;
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} for a recipient asking for anything
   *     but one of its grants, {@code scorecard.scope.notFound} for an unknown scope (or another
   *     organisation's grant), {@code export.year.notFound} for a year without a fiscal year
   */
  public Scorecard scorecard(
      @NotNull Caller caller, @NotNull ScorecardScope scope, long scopeId, int fiscalYear) {
    List<String> names = requireScope(caller, scope, scopeId);
    List<ScorecardLine> lines = lines(caller, scope, scopeId, fiscalYear);
    Map<String, List<ScorecardLine.TrendPoint>> trend = trend(caller, scope, scopeId);
    List<ScorecardLine> compared =
        lines.stream()
            .map(l -> l.withTrend(trend.getOrDefault(l.indicatorCode(), List.of())))
            .toList();
    return new Scorecard(scope, scopeId, names.get(0), names.get(1), fiscalYear, compared);
  }

  /**
   * Each indicator's actual in every fiscal year with accepted results in the scope, oldest first,
   * as this caller may see it: one statement for the years, one per year.
   */
  private Map<String, List<ScorecardLine.TrendPoint>> trend(
      Caller caller, ScorecardScope scope, long scopeId) {
    @SuppressWarnings("unchecked")
    List<Object> years =
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
                    + condition(scope)
                    + " ORDER BY fy.start_year")
            .setParameter(1, scopeId)
            .getResultList();
    Map<String, List<ScorecardLine.TrendPoint>> trend = new LinkedHashMap<>();
    for (Object year : years) {
      int startYear = ((Number) year).intValue();
      for (ScorecardLine l : lines(caller, scope, scopeId, startYear)) {
        if (l.shown() != ScorecardLine.Shown.NONE) {
          trend
              .computeIfAbsent(l.indicatorCode(), k -> new ArrayList<>())
              .add(new ScorecardLine.TrendPoint(startYear, l.actual(), l.shown()));
        }
      }
    }
    return trend;
  }

  /** The scope's lines for one fiscal year, each against the scope's baseline. */
  private List<ScorecardLine> lines(
      Caller caller, ScorecardScope scope, long scopeId, int fiscalYear) {
    Long fiscalYearId = fiscalYearId(fiscalYear);
    LocalDate start = LocalDate.of(fiscalYear, 4, 1);
    LocalDate end = LocalDate.of(fiscalYear + 1, 3, 31);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(LINES + condition(scope) + " ORDER BY i.id, gi.grant_id")
            .setParameter(1, scopeId)
            .setParameter(2, fiscalYearId)
            .setParameter(3, start)
            .setParameter(4, end)
            .getResultList();
    Map<String, List<Object[]>> byIndicator = new LinkedHashMap<>();
    rows.forEach(r -> byIndicator.computeIfAbsent((String) r[2], k -> new ArrayList<>()).add(r));
    List<ScorecardLine> lines = new ArrayList<>();
    byIndicator
        .values()
        .forEach(grants -> lines.add(line(caller, scope, grants).against(baseline(grants))));
    return lines;
  }

  /** The scope's baseline from its grants' rows (baseline, year, own: columns 13 to 15). */
  private static ScorecardPolicy.GrantBaseline baseline(List<Object[]> grants) {
    List<ScorecardPolicy.GrantBaseline> each =
        grants.stream()
            .map(
                g ->
                    new ScorecardPolicy.GrantBaseline(
                        (BigDecimal) g[13],
                        g[14] == null ? null : ((Number) g[14]).intValue(),
                        truth(g[15])))
            .toList();
    return ScorecardPolicy.baseline(each, truth(grants.get(0)[7]));
  }

  private ScorecardLine line(Caller caller, ScorecardScope scope, List<Object[]> grants) {
    Object[] first = grants.get(0);
    Direction direction = Direction.valueOf((String) first[6]);
    boolean aggregatable = truth(first[7]);
    boolean countsPeople = truth(first[8]);
    BigDecimal target = null;
    BigDecimal actual = null;
    boolean allOwn = true;
    boolean othersHidden = false;
    for (Object[] g : grants) {
      target = add(target, (BigDecimal) g[9]);
      BigDecimal value = aggregatable ? (BigDecimal) g[10] : (BigDecimal) g[11];
      actual = add(actual, value);
      boolean own = caller.isRecipient() && caller.maySeeRecipient(num(g[1]));
      allOwn &= own;
      // A period's value below the threshold is hidden from everyone outside its organisation,
      // so a total over periods or grants that includes it would give it away to them.
      BigDecimal smallest = aggregatable ? (BigDecimal) g[12] : value;
      othersHidden |= !own && ScorecardPolicy.tooSmall(countsPeople, smallest, threshold);
    }
    if (!aggregatable && grants.size() > 1) {
      return line(first, direction, target, null, Shown.NONE, ScorecardStatus.NO_TOTAL);
    }
    if (actual == null) {
      return line(
          first,
          direction,
          target,
          null,
          Shown.NONE,
          ScorecardPolicy.status(direction, target, null));
    }
    if (!allOwn && ScorecardPolicy.tooSmall(countsPeople, actual, threshold)) {
      return line(first, direction, target, null, Shown.BELOW_THRESHOLD, ScorecardStatus.NOT_SHOWN);
    }
    if (othersHidden) {
      return line(first, direction, target, null, Shown.COMPLEMENTARY, ScorecardStatus.NOT_SHOWN);
    }
    return line(
        first,
        direction,
        target,
        actual,
        Shown.EXACT,
        ScorecardPolicy.status(direction, target, actual));
  }

  private ScorecardLine line(
      Object[] first,
      Direction direction,
      BigDecimal target,
      BigDecimal actual,
      Shown shown,
      ScorecardStatus status) {
    return new ScorecardLine(
        (String) first[2],
        (String) first[3],
        (String) first[4],
        (String) first[5],
        direction,
        target,
        actual,
        shown,
        status,
        threshold);
  }

  /**
   * The scope's names, once the caller may score it: the one check behind the scorecard, its period
   * series and its breakdown.
   */
  private List<String> requireScope(Caller caller, ScorecardScope scope, long scopeId) {
    if (caller.isRecipient() && !recipientMayScore(caller, scope, scopeId)) {
      throw BusinessRuleViolation.notAllowed(
          "security.notAllowed", "SCORECARD_" + scope, caller.role());
    }
    return scopeNames(caller, scope, scopeId);
  }

  /**
   * Recipients score their own grants and, to see their results beside the program's, the funds
   * they hold a grant from (with every other organisation's small counts protected).
   */
  private boolean recipientMayScore(Caller caller, ScorecardScope scope, long scopeId) {
    if (scope == ScorecardScope.GRANT) {
      return true;
    }
    if (scope != ScorecardScope.FUND || caller.recipientId() == null) {
      return false;
    }
    Number grants =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM grant_agreement WHERE fund_id = ?1 AND recipient_id = ?2")
                .setParameter(1, scopeId)
                .setParameter(2, caller.recipientId())
                .getSingleResult();
    return grants.longValue() > 0;
  }

  private static String condition(ScorecardScope scope) {
    return switch (scope) {
      case GRANT -> "g.id = ?1";
      case FUND -> "f.id = ?1";
      case PROGRAM_AREA -> "pa.id = ?1";
      case STRATEGY -> "pa.strategy_id = ?1";
    };
  }

  /** The scope's name in English and French; a recipient's foreign grant is "not found". */
  private List<String> scopeNames(Caller caller, ScorecardScope scope, long id) {
    String sql =
        switch (scope) {
          case GRANT ->
              "SELECT CONCAT(reference_number, ' — ', title_en), CONCAT(reference_number, ' — ',"
                  + " title_fr), recipient_id FROM grant_agreement WHERE id = ?1";
          case FUND ->
              "SELECT CONCAT(code, ' — ', name_en), CONCAT(code, ' — ', name_fr), NULL FROM fund WHERE id = ?1";
          case PROGRAM_AREA -> "SELECT name_en, name_fr, NULL FROM program_area WHERE id = ?1";
          case STRATEGY -> "SELECT name_en, name_fr, NULL FROM strategy WHERE id = ?1";
        };
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    boolean visible =
        !found.isEmpty()
            && (scope != ScorecardScope.GRANT || caller.maySeeRecipient(num(found.get(0)[2])));
    if (!visible) {
      if (caller.isRecipient()) {
        denials.record("scorecard " + scope + " " + id);
      }
      throw BusinessRuleViolation.notFound("scorecard.scope.notFound", id);
    }
    return List.of((String) found.get(0)[0], (String) found.get(0)[1]);
  }

  private Long fiscalYearId(int startYear) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM fiscal_year WHERE start_year = ?1")
            .setParameter(1, startYear)
            .getResultList();
    if (ids.isEmpty()) {
      throw BusinessRuleViolation.notFound("export.year.notFound", startYear);
    }
    return num(ids.get(0));
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value) {
    return value == null ? sum : sum == null ? value : sum.add(value);
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
