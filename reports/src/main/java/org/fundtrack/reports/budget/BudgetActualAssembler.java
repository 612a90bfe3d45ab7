package org.fundtrack.reports.budget;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundtrack.budget.boundary.BudgetLineRow;
import org.fundtrack.budget.boundary.FundOverview;
import org.fundtrack.budget.boundary.FundOverviewService;
import org.fundtrack.budget.boundary.ProgramAreaOverview;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Assembles the budget-against-actual workbook (and the lines of the fund summary) from the fund
 * overview the budget dashboard shows, so a line's figures in a file are the figures on the screen.
 */
@Dependent
public class BudgetActualAssembler {

  @EJB private FundOverviewService overviews;
  @EJB private ExportQueries queries;

  /**
   * Every budget line of the year (or of every year with a budget when {@code fiscalYear} is null),
   * optionally of one fund, ordered by year, program area, fund.
   *
   * @throws BusinessRuleViolation {@code export.year.notFound} for a year without a budget
   */
  public List<BudgetActualRow> rows(
      Caller caller, Integer fiscalYear, String fundCode, ReportText text) {
    List<Integer> years =
        fiscalYear != null ? List.of(fiscalYear) : overviews.yearsWithBudget(caller);
    List<BudgetActualRow> rows = new ArrayList<>();
    for (int year : years) {
      FundOverview overview =
          overviews
              .overview(caller, year)
              .orElseThrow(() -> BusinessRuleViolation.notFound("export.year.notFound", year));
      addYear(rows, overview, year, fundCode, text);
    }
    return rows;
  }

  private void addYear(
      List<BudgetActualRow> rows,
      FundOverview overview,
      int year,
      String fundCode,
      ReportText text) {
    Map<Long, Integer> counts = queries.grantCountsByLine(year);
    Locale locale = text.context().locale();
    String yearLabel = text.fiscalYear(year);
    for (ProgramAreaOverview area : overview.programAreas()) {
      for (BudgetLineRow line : area.lines()) {
        if (fundCode != null && !fundCode.equals(line.fundCode())) {
          continue;
        }
        rows.add(
            new BudgetActualRow(
                yearLabel,
                area.name(locale),
                line.fundCode() + " — " + line.fundName(locale),
                line.fundCode() + " " + yearLabel,
                line.appropriation(),
                line.committed(),
                line.paid(),
                line.available(),
                counts.getOrDefault(line.budgetLineId(), 0)));
      }
    }
  }
}
