package org.fundtrack.grant.control;

import java.util.List;
import java.util.stream.Stream;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;

/** The records that carry a grant's money and dates, as {@link GrantScheduleBuilder} made them. */
public record GrantSchedule(
    List<GrantYearAllocation> allocations,
    List<GrantBudgetItem> budgetItems,
    List<ReportingPeriod> reportingPeriods,
    List<PaymentInstalment> instalments,
    List<GrantIndicator> indicators,
    List<IndicatorTarget> targets) {

  /** Every record, each after those it refers to. */
  public List<Object> all() {
    return Stream.of(allocations, budgetItems, reportingPeriods, instalments, indicators, targets)
        .<Object>flatMap(List::stream)
        .toList();
  }
}
