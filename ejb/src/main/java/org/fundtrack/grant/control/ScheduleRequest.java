package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedules of a draft: the total's split by fiscal year, the budget by expense category code,
 * the payment instalments when entered by hand (empty: the standard plan), and the indicators to
 * report by catalogue code with their targets by reporting period number and own baselines.
 */
public record ScheduleRequest(
    List<YearAmount> yearShares,
    Map<String, BigDecimal> budgetItems,
    List<InstalmentPlan> instalments,
    Map<String, IndicatorPlan> indicators) {

  public ScheduleRequest {
    yearShares = List.copyOf(yearShares);
    budgetItems = new LinkedHashMap<>(budgetItems);
    instalments = List.copyOf(instalments);
    indicators = new LinkedHashMap<>(indicators);
  }
}
