package org.fundtrack.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fundtrack.budget.boundary.BudgetLineRow;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.budget.boundary.PublishedYear;
import org.fundtrack.budget.boundary.ReallocationRow;
import org.fundtrack.budget.boundary.Totals;
import org.fundtrack.budget.entity.FiscalYear;

/**
 * Builds the fund overview of a fiscal year: one query for all its budget lines, grouped in memory.
 * No access rules here: the boundaries that use it decide who sees which figures.
 */
@ApplicationScoped
public class FundOverviewQuery {

  private static final String LINES_OF_YEAR =
      "SELECT NEW org.fundtrack.budget.boundary.BudgetLineRow("
          + " pa.id, pa.code, pa.name.en, pa.name.fr, f.id, f.code, f.name.en, f.name.fr, m.code,"
          + " bl.id, bl.appropriation, bl.committedAmount, bl.paidAmount)"
          + " FROM BudgetLine bl JOIN bl.fund f JOIN f.programArea pa JOIN f.ministry m"
          + " JOIN bl.fiscalYear fy"
          + " WHERE fy.startYear = :year"
          + " ORDER BY pa.sortOrder, pa.code, f.code";

  /** An amount for each year of a span of start years. */
  public record YearsAmount(Integer firstYear, Integer lastYear, BigDecimal amount) {}

  /** An amount for one start year. */
  public record YearAmount(Integer year, BigDecimal amount) {}

  /** An amount by a record's id. */
  public record IdAmount(Long id, BigDecimal amount) {}

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** The overview of the fiscal year starting in {@code startYear}, if that year is known. */
  public Optional<FundOverview> overview(int startYear) {
    return em.createQuery(
            "SELECT fy FROM FiscalYear fy WHERE fy.startYear = :year", FiscalYear.class)
        .setParameter("year", startYear)
        .getResultStream()
        .findFirst()
        .map(
            fy ->
                build(
                    fy,
                    linesOf(startYear),
                    publishedAllocation(startYear),
                    announcedByArea(startYear)));
  }

  /**
   * Every fiscal year a strategy's published annual allocation covers, oldest first, each beside
   * the exact sum of its budget lines. Two queries, whatever the number of years.
   */
  public List<PublishedYear> publishedYears() {
    Map<Integer, BigDecimal> published = new TreeMap<>();
    for (YearsAmount s :
        em.createQuery(
                "SELECT NEW org.fundtrack.budget.control.FundOverviewQuery$YearsAmount("
                    + "s.firstStartYear, s.lastStartYear, s.annualAllocation) FROM Strategy s"
                    + " WHERE s.annualAllocation IS NOT NULL",
                YearsAmount.class)
            .getResultList()) {
      for (int y = s.firstYear(); y <= s.lastYear(); y++) {
        published.merge(y, s.amount(), BigDecimal::add);
      }
    }
    Map<Integer, BigDecimal> exact = new HashMap<>();
    em.createQuery(
            "SELECT NEW org.fundtrack.budget.control.FundOverviewQuery$YearAmount("
                + "bl.fiscalYear.startYear, SUM(bl.appropriation))"
                + " FROM BudgetLine bl GROUP BY bl.fiscalYear.startYear",
            YearAmount.class)
        .getResultList()
        .forEach(row -> exact.put(row.year(), row.amount()));
    List<PublishedYear> years = new ArrayList<>();
    published.forEach(
        (year, amount) ->
            years.add(
                new PublishedYear(
                    year,
                    FiscalYear.label(year),
                    FiscalYear.labelFr(year),
                    amount,
                    exact.getOrDefault(year, BigDecimal.ZERO.setScale(2)))));
    return years;
  }

  /** The reallocations recorded between the budget lines of one fiscal year, oldest first. */
  public List<ReallocationRow> reallocations(int startYear) {
    return em.createQuery(
            "SELECT NEW org.fundtrack.budget.boundary.ReallocationRow(r.id, f.id, ff.name.en,"
                + " ff.name.fr, t.id, tf.name.en, tf.name.fr, r.amount, r.reason, u.displayName,"
                + " r.madeAt)"
                + " FROM Reallocation r JOIN r.fromBudgetLine f JOIN f.fund ff"
                + " JOIN r.toBudgetLine t JOIN t.fund tf JOIN r.madeBy u"
                + " WHERE f.fiscalYear.startYear = :year ORDER BY r.madeAt, r.id",
            ReallocationRow.class)
        .setParameter("year", startYear)
        .getResultList();
  }

  private Map<Long, BigDecimal> announcedByArea(int startYear) {
    Map<Long, BigDecimal> announced = new HashMap<>();
    em.createQuery(
            "SELECT NEW org.fundtrack.budget.control.FundOverviewQuery$IdAmount(pa.id,"
                + " pa.announcedAmount) FROM ProgramArea pa JOIN pa.strategy s"
                + " WHERE pa.announcedAmount IS NOT NULL"
                + " AND :year BETWEEN s.firstStartYear AND s.lastStartYear",
            IdAmount.class)
        .setParameter("year", startYear)
        .getResultList()
        .forEach(row -> announced.put(row.id(), row.amount()));
    return announced;
  }

  /** Start years of the fiscal years that have budget lines, newest first. */
  public List<Integer> yearsWithBudget() {
    return em.createQuery(
            "SELECT DISTINCT bl.fiscalYear.startYear FROM BudgetLine bl"
                + " ORDER BY bl.fiscalYear.startYear DESC",
            Integer.class)
        .getResultList();
  }

  private List<BudgetLineRow> linesOf(int startYear) {
    return em.createQuery(LINES_OF_YEAR, BudgetLineRow.class)
        .setParameter("year", startYear)
        .getResultList();
  }

  private BigDecimal publishedAllocation(int startYear) {
    List<BigDecimal> published =
        em.createQuery(
                "SELECT SUM(s.annualAllocation) FROM Strategy s"
                    + " WHERE :year BETWEEN s.firstStartYear AND s.lastStartYear",
                BigDecimal.class)
            .setParameter("year", startYear)
            .getResultList();
    return published.isEmpty() ? null : published.get(0);
  }

  private static FundOverview build(
      FiscalYear year,
      List<BudgetLineRow> lines,
      BigDecimal publishedAllocation,
      Map<Long, BigDecimal> announcedByArea) {
    Map<Long, List<BudgetLineRow>> byArea = new LinkedHashMap<>();
    for (BudgetLineRow line : lines) {
      byArea.computeIfAbsent(line.programAreaId(), id -> new ArrayList<>()).add(line);
    }
    List<ProgramAreaOverview> areas = new ArrayList<>();
    for (List<BudgetLineRow> areaLines : byArea.values()) {
      BudgetLineRow first = areaLines.get(0);
      areas.add(
          new ProgramAreaOverview(
              first.programAreaId(),
              first.programAreaCode(),
              first.programAreaNameEn(),
              first.programAreaNameFr(),
              List.copyOf(areaLines),
              Totals.of(areaLines),
              announcedByArea.get(first.programAreaId())));
    }
    return new FundOverview(
        year.getStartYear(),
        year.label(),
        year.labelFr(),
        List.copyOf(areas),
        Totals.of(lines),
        publishedAllocation);
  }
}
