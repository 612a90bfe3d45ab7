package org.fundtrack.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.fundtrack.budget.control.FiscalYearRepository;
import org.fundtrack.budget.control.FundOverviewQuery;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.security.entity.Roles;

/**
 * Read-only budget queries for signed-in users of every role. The budget lines reuse the fund
 * overview's single query; what a recipient may see of them is decided here, not by the caller: the
 * published appropriations, never the committed and paid sums built from other organisations'
 * grants.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.ADMIN, Roles.RECIPIENT})
public class BudgetQueryService {

  @Inject private FiscalYearRepository fiscalYears;
  @Inject private CurrentUser currentUser;
  @Inject private FundOverviewQuery overviews;

  /** Every fiscal year, oldest first. */
  public List<FiscalYearSummary> fiscalYears() {
    return fiscalYears.findAll().stream().map(FiscalYearSummary::of).toList();
  }

  /**
   * The budget lines of the fiscal year starting in {@code startYear}; empty for an unknown year.
   */
  public Optional<YearBudget> budgetOf(int startYear) {
    boolean spendingVisible = !caller().isRecipient();
    return fiscalYears
        .findByStartYear(startYear)
        .map(FiscalYearSummary::of)
        .flatMap(
            year ->
                overviews
                    .overview(startYear)
                    .map(overview -> toYearBudget(year, overview, spendingVisible)));
  }

  private Caller caller() {
    return currentUser.get().orElseThrow(() -> new EJBAccessException("No enabled caller"));
  }

  private static YearBudget toYearBudget(
      FiscalYearSummary year, FundOverview overview, boolean spendingVisible) {
    List<BudgetLineView> lines =
        overview.programAreas().stream()
            .flatMap(area -> area.lines().stream())
            .map(row -> BudgetLineView.of(row, spendingVisible))
            .toList();
    BudgetFigures totals = BudgetFigures.of(overview.totals());
    return new YearBudget(
        year,
        lines,
        spendingVisible ? totals : totals.appropriationOnly(),
        overview.publishedAllocation(),
        spendingVisible);
  }
}
