package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money side of a draft: the total's split by fiscal year, the budget by expense category code,
 * and the payment instalments when entered by hand (empty: the standard plan).
 */
public record ScheduleRequest(
    List<YearAmount> yearShares,
    Map<String, BigDecimal> budgetItems,
    List<InstalmentPlan> instalments) {

  public ScheduleRequest {
    yearShares = List.copyOf(yearShares);
    budgetItems = new LinkedHashMap<>(budgetItems);
    instalments = List.copyOf(instalments);
  }
}
