package org.fundtrack.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.fundtrack.budget.control.BudgetPermissions;
import org.fundtrack.budget.control.FundOverviewQuery;
import org.fundtrack.security.boundary.Caller;

/**
 * The fund overview page's use cases. Committed and paid sum up every organisation's grants, so
 * only ministry staff may read them; recipients are refused here, whatever the page shows.
 */
@Stateless
public class FundOverviewService {

  @Inject private FundOverviewQuery query;

  /** The overview of the fiscal year starting in {@code startYear}, if that year is known. */
  public Optional<FundOverview> overview(Caller caller, int startYear) {
    BudgetPermissions.requireReadOverview(caller);
    return query.overview(startYear);
  }

  /** Start years of the fiscal years that have budget lines, newest first. */
  public List<Integer> yearsWithBudget(Caller caller) {
    BudgetPermissions.requireReadOverview(caller);
    return query.yearsWithBudget();
  }

  /** Every fiscal year the published annual allocation covers, with its rounding, oldest first. */
  public List<PublishedYear> publishedYears(Caller caller) {
    BudgetPermissions.requireReadOverview(caller);
    return query.publishedYears();
  }

  /** The reallocations recorded between the lines of one fiscal year, oldest first. */
  public List<ReallocationRow> reallocations(Caller caller, int startYear) {
    BudgetPermissions.requireReadOverview(caller);
    return query.reallocations(startYear);
  }
}
