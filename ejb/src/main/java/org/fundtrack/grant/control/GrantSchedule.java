package org.fundtrack.grant.control;

import java.util.List;
import java.util.stream.Stream;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;

/** The records that carry a grant's money and dates, as {@link GrantScheduleBuilder} made them. */
public record GrantSchedule(
    List<GrantYearAllocation> allocations,
    List<GrantBudgetItem> budgetItems,
    List<ReportingPeriod> reportingPeriods,
    List<PaymentInstalment> instalments) {

  /** Every record, allocations first (instalments refer to them). */
  public List<Object> all() {
    return Stream.of(allocations, budgetItems, reportingPeriods, instalments)
        .<Object>flatMap(List::stream)
        .toList();
  }
}
