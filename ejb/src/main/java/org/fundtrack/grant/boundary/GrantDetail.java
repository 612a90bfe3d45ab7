package org.fundtrack.grant.boundary;

import java.util.List;
import org.fundtrack.indicator.boundary.GrantIndicatorView;

/**
 * One grant in full: its own terms, texts and milestones, and its schedules: the split of its total
 * over fiscal years' budget lines, its budget by expense category, its payment instalments and its
 * reporting periods, and the indicators it reports on with their baselines and targets.
 */
public record GrantDetail(
    GrantHead head,
    List<GrantYearShare> yearShares,
    List<GrantBudgetItemView> budgetItems,
    List<InstalmentView> instalments,
    List<ReportingPeriodView> reportingPeriods,
    List<GrantIndicatorView> indicators) {

  public GrantDetail {
    yearShares = List.copyOf(yearShares);
    budgetItems = List.copyOf(budgetItems);
    instalments = List.copyOf(instalments);
    reportingPeriods = List.copyOf(reportingPeriods);
    indicators = List.copyOf(indicators);
  }
}
