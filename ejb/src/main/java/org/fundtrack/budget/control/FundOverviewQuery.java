package org.fundtrack.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundtrack.budget.boundary.BudgetLineRow;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
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
          + " pa.id, pa.code, pa.nameEn, pa.nameFr, f.id, f.code, f.nameEn, f.nameFr, m.code,"
          + " bl.id, bl.appropriation, bl.committedAmount, bl.paidAmount)"
          + " FROM BudgetLine bl JOIN bl.fund f JOIN f.programArea pa JOIN f.ministry m"
          + " JOIN bl.fiscalYear fy"
          + " WHERE fy.startYear = :year"
          + " ORDER BY pa.sortOrder, pa.code, f.code";

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** The overview of the fiscal year starting in {@code startYear}, if that year is known. */
  public Optional<FundOverview> overview(int startYear) {
    return em.createQuery(
            "SELECT fy FROM FiscalYear fy WHERE fy.startYear = :year", FiscalYear.class)
        .setParameter("year", startYear)
        .getResultStream()
        .findFirst()
        .map(fy -> build(fy, linesOf(startYear), publishedAllocation(startYear)));
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
      FiscalYear year, List<BudgetLineRow> lines, BigDecimal publishedAllocation) {
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
              Totals.of(areaLines)));
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
