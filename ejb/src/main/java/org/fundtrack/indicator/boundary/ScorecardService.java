package org.fundtrack.indicator.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fundtrack.indicator.control.CellSuppression;
import org.fundtrack.indicator.control.ScorecardQueries;
import org.fundtrack.indicator.control.SmallCounts;
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

  @Inject private ScorecardQueries queries;

  @Inject private AccessDenials denials;

  @Inject private SmallCounts smallCounts;

  /**
   * The aggregatable indicators' actuals per reporting period of the year (by period end), with the
   * same protection as the scorecard: a period's cells add up to the year's total, so one hidden
   * period withholds the indicator's whole series.
   */
  public List<ScorecardCell> series(
      @NotNull Caller caller, @NotNull ScorecardScope scope, long scopeId, int fiscalYear) {
    requireScope(caller, scope, scopeId);
    List<ScorecardQueries.CellRow> rows =
        queries.periodCells(condition(scope), scopeId, yearStart(fiscalYear), yearEnd(fiscalYear));
    return cells(caller, rows, r -> r.code() + "|" + r.periodEnd(), r -> r.code());
  }

  /**
   * The aggregatable indicators' actuals by dimension value for the year; the values of one
   * dimension add up to the indicator's total, so one hidden value withholds its dimension.
   */
  public List<ScorecardCell> breakdown(
      @NotNull Caller caller, @NotNull ScorecardScope scope, long scopeId, int fiscalYear) {
    requireScope(caller, scope, scopeId);
    List<ScorecardQueries.CellRow> rows =
        queries.dimensionCells(
            condition(scope), scopeId, yearStart(fiscalYear), yearEnd(fiscalYear));
    return cells(
        caller,
        rows,
        r -> r.code() + "|" + r.dimensionEn() + "|" + r.valueEn(),
        r -> r.code() + "|" + r.dimensionEn());
  }

  /**
   * Rows (code, name EN, name FR, counts people, recipient, period end, value, dimension EN/FR,
   * value EN/FR), one per grant and cell, become cells decided by {@link CellSuppression}.
   */
  private List<ScorecardCell> cells(
      Caller caller,
      List<ScorecardQueries.CellRow> rows,
      Function<ScorecardQueries.CellRow, String> cellKey,
      Function<ScorecardQueries.CellRow, String> groupKey) {
    Map<String, Map<String, List<CellSuppression.Contribution>>> groups = new LinkedHashMap<>();
    Map<String, ScorecardQueries.CellRow> firstRow = new LinkedHashMap<>();
    Map<String, Boolean> people = new LinkedHashMap<>();
    for (ScorecardQueries.CellRow r : rows) {
      boolean own = caller.isRecipient() && caller.maySeeRecipient(r.recipientId());
      String group = groupKey.apply(r);
      String cell = cellKey.apply(r);
      groups
          .computeIfAbsent(group, g -> new LinkedHashMap<>())
          .computeIfAbsent(cell, c -> new ArrayList<>())
          .add(new CellSuppression.Contribution(own, r.value()));
      firstRow.putIfAbsent(cell, r);
      people.put(group, r.countsPeople());
    }
    List<ScorecardCell> cells = new ArrayList<>();
    groups.forEach(
        (group, members) -> {
          Map<String, CellSuppression.Shown> shown =
              CellSuppression.decide(members, people.get(group), smallCounts.threshold(), true);
          members.forEach(
              (cell, contributions) -> {
                ScorecardQueries.CellRow r = firstRow.get(cell);
                CellSuppression.Shown s = shown.get(cell);
                BigDecimal sum =
                    contributions.stream()
                        .map(CellSuppression.Contribution::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                cells.add(
                    new ScorecardCell(
                        r.code(),
                        r.nameEn(),
                        r.nameFr(),
                        r.periodEnd(),
                        r.dimensionEn(),
                        r.dimensionFr(),
                        r.valueEn(),
                        r.valueFr(),
                        s == CellSuppression.Shown.EXACT ? sum : null,
                        s,
                        smallCounts.threshold()));
              });
        });
    return cells;
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
    Map<String, List<ScorecardLine.TrendPoint>> trend = new LinkedHashMap<>();
    for (int startYear : queries.yearsWithResults(condition(scope), scopeId)) {
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
    Long fiscalYearId =
        queries
            .fiscalYearId(fiscalYear)
            .orElseThrow(() -> BusinessRuleViolation.notFound("export.year.notFound", fiscalYear));
    List<ScorecardQueries.LineRow> rows =
        queries.lines(
            condition(scope), scopeId, fiscalYearId, yearStart(fiscalYear), yearEnd(fiscalYear));
    Map<String, List<ScorecardQueries.LineRow>> byIndicator = new LinkedHashMap<>();
    rows.forEach(r -> byIndicator.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r));
    ScorecardLines scored = new ScorecardLines(caller, smallCounts.threshold());
    return byIndicator.values().stream().map(scored::of).toList();
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
    return queries.holdsGrantFrom(caller.recipientId(), scopeId);
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
    Optional<ScorecardQueries.ScopeName> found =
        switch (scope) {
          case GRANT -> queries.grantName(id);
          case FUND -> queries.fundName(id);
          case PROGRAM_AREA -> queries.programAreaName(id);
          case STRATEGY -> queries.strategyName(id);
        };
    boolean visible =
        found.isPresent()
            && (scope != ScorecardScope.GRANT || caller.maySeeRecipient(found.get().recipientId()));
    if (!visible) {
      if (caller.isRecipient()) {
        denials.record("scorecard " + scope + " " + id);
      }
      throw BusinessRuleViolation.notFound("scorecard.scope.notFound", id);
    }
    return List.of(found.get().en(), found.get().fr());
  }

  private static LocalDate yearStart(int fiscalYear) {
    return LocalDate.of(fiscalYear, 4, 1);
  }

  private static LocalDate yearEnd(int fiscalYear) {
    return LocalDate.of(fiscalYear + 1, 3, 31);
  }
}
