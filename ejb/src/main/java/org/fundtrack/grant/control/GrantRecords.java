package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.shared.money.Money;

/**
 * A locked grant with everything an amendment or a close-out changes: its budget lines (locked),
 * year allocations, instalments, reporting periods and what it was paid on each line.
 */
public record GrantRecords(
    LockedGrant locked,
    List<GrantYearAllocation> allocations,
    List<PaymentInstalment> instalments,
    List<ReportingPeriod> periods,
    Map<Long, BigDecimal> paidByLine) {

  public GrantRecords {
    allocations = List.copyOf(allocations);
    instalments = List.copyOf(instalments);
    periods = List.copyOf(periods);
    paidByLine = Map.copyOf(paidByLine);
  }

  public GrantAgreement grant() {
    return locked.grant();
  }

  /** What the grant was paid on {@code line}. */
  public BigDecimal paidOn(BudgetLine line) {
    return paidByLine.getOrDefault(line.getId(), Money.ZERO);
  }

  /** What the grant was paid in all. */
  public BigDecimal paid() {
    return Money.sum(paidByLine.values());
  }
}
