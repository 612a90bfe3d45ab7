package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;

/**
 * What an approved amendment does to a grant's schedules, after the amendment has set the grant's
 * new total or end date. The amendment table records only the old and new total and end date, not a
 * new split by fiscal year, so the rules are fixed here:
 *
 * <ul>
 *   <li>A change of total falls on the grant's last fiscal year (the line that also carries the
 *       holdback): that allocation, and so that line's commitment, moves by the difference (the
 *       line must have it available), and the instalments still planned on that line are spread
 *       again: the holdback becomes the new total's holdback and the rest is split evenly, to the
 *       cent, over the planned regular instalments.
 *   <li>A change of end date moves the final reporting period's end and its due date, and the
 *       holdback's due date with it, while the final report is not in yet.
 *   <li>A termination (and a close-out) cancels every instalment not yet paid and brings each
 *       allocation down to what was paid on its line (removing those with nothing paid), releasing
 *       the rest to the lines.
 * </ul>
 *
 * Budget lines must be locked by the caller; nothing here reads the database.
 */
public final class AmendmentEffects {

  private AmendmentEffects() {}

  /**
   * @throws BusinessRuleViolation {@code grant.amendment.belowPaid}, {@code
   *     grant.amendment.noPlannedInstalment}, {@code grant.schedule.holdbackExceedsLastYear} or
   *     {@code budget.line.exhausted} (the last year's line has not enough available)
   */
  public static void changeTotal(
      GrantAgreement grant,
      List<GrantYearAllocation> allocations,
      List<PaymentInstalment> instalments,
      BigDecimal delta) {
    if (delta.signum() == 0) {
      return;
    }
    GrantYearAllocation last = lastYear(allocations);
    String year = last.getBudgetLine().getFiscalYear().label();
    List<PaymentInstalment> onLine =
        instalments.stream()
            .filter(i -> sameLine(i.getBudgetLine(), last.getBudgetLine()))
            .filter(i -> i.getStatus() != InstalmentStatus.CANCELLED)
            .toList();
    BigDecimal settled =
        Money.sum(
            onLine.stream()
                .filter(i -> i.getStatus() != InstalmentStatus.PLANNED)
                .map(PaymentInstalment::getAmount)
                .toList());
    BigDecimal newAmount = last.getAmount().add(delta);
    if (newAmount.compareTo(settled) < 0 || newAmount.signum() <= 0) {
      throw BusinessRuleViolation.invalid("grant.amendment.belowPaid", year, settled);
    }
    last.changeCommittedAmount(newAmount);
    respread(grant, onLine, newAmount.subtract(settled), year);
  }

  private static void respread(
      GrantAgreement grant, List<PaymentInstalment> onLine, BigDecimal open, String year) {
    List<PaymentInstalment> planned =
        onLine.stream().filter(i -> i.getStatus() == InstalmentStatus.PLANNED).toList();
    PaymentInstalment holdback =
        planned.stream().filter(PaymentInstalment::isHoldback).findFirst().orElse(null);
    BigDecimal holdbackAmount = holdback == null ? Money.ZERO : grant.getTerms().holdbackAmount();
    if (holdbackAmount.compareTo(open) > 0) {
      throw BusinessRuleViolation.invalid(
          "grant.schedule.holdbackExceedsLastYear", holdbackAmount, year, open);
    }
    List<PaymentInstalment> regular = planned.stream().filter(i -> !i.isHoldback()).toList();
    BigDecimal regularAmount = open.subtract(holdbackAmount);
    if (regularAmount.signum() > 0 && regular.isEmpty()) {
      throw BusinessRuleViolation.invalid("grant.amendment.noPlannedInstalment", year);
    }
    List<BigDecimal> parts = InstalmentPlanner.split(regularAmount, regular.size());
    for (int i = 0; i < regular.size(); i++) {
      PaymentInstalment instalment = regular.get(i);
      if (i < parts.size()) {
        instalment.reschedule(instalment.getDueDate(), parts.get(i));
      } else {
        instalment.cancel();
      }
    }
    if (holdback != null && holdbackAmount.signum() > 0) {
      holdback.reschedule(holdback.getDueDate(), holdbackAmount);
    } else if (holdback != null) {
      holdback.cancel();
    }
  }

  /**
   * @param finalReportIn whether the final period's report was already submitted or accepted
   * @throws BusinessRuleViolation {@code grant.amendment.termCutsPeriods} if the new end date falls
   *     before the final period starts, {@code grant.amendment.finalReportIn} if its report is in
   */
  public static void changeEndDate(
      GrantAgreement grant,
      List<ReportingPeriod> periods,
      List<PaymentInstalment> instalments,
      boolean finalReportIn) {
    ReportingPeriod last =
        periods.stream().max(Comparator.comparingInt(ReportingPeriod::getSequenceNo)).orElseThrow();
    LocalDate end = grant.getTerms().getEndDate();
    if (end.isBefore(last.getPeriodStart())) {
      throw BusinessRuleViolation.invalid("grant.amendment.termCutsPeriods", last.getPeriodStart());
    }
    if (finalReportIn) {
      throw BusinessRuleViolation.invalid("grant.amendment.finalReportIn", last.getSequenceNo());
    }
    LocalDate due = ReportingSchedule.finalDueDate(end);
    last.reschedule(last.getPeriodStart(), end, due);
    instalments.stream()
        .filter(i -> i.isHoldback() && i.getStatus() == InstalmentStatus.PLANNED)
        .forEach(i -> i.reschedule(due, i.getAmount()));
  }

  /**
   * Cancels every instalment not paid and brings the allocations down to what was paid on their
   * lines: a termination, and a close-out with money left unpaid.
   *
   * @param paidOn what this grant was paid on a budget line
   * @return the allocations left with nothing paid, which the caller removes
   */
  public static List<GrantYearAllocation> settleAtPaid(
      List<GrantYearAllocation> allocations,
      List<PaymentInstalment> instalments,
      Function<BudgetLine, BigDecimal> paidOn) {
    instalments.stream()
        .filter(
            i ->
                i.getStatus() == InstalmentStatus.PLANNED
                    || i.getStatus() == InstalmentStatus.RELEASED)
        .forEach(PaymentInstalment::cancel);
    return settle(allocations, paidOn);
  }

  private static List<GrantYearAllocation> settle(
      List<GrantYearAllocation> allocations, Function<BudgetLine, BigDecimal> paidOn) {
    List<GrantYearAllocation> emptied = new ArrayList<>();
    for (GrantYearAllocation allocation : allocations) {
      BigDecimal paid = paidOn.apply(allocation.getBudgetLine());
      if (paid.signum() == 0) {
        allocation.release(allocation.getAmount());
        emptied.add(allocation);
      } else if (paid.compareTo(allocation.getAmount()) < 0) {
        allocation.changeCommittedAmount(paid);
      }
    }
    return emptied;
  }

  private static boolean sameLine(BudgetLine a, BudgetLine b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  static GrantYearAllocation lastYear(List<GrantYearAllocation> allocations) {
    return allocations.stream()
        .max(Comparator.comparingInt(a -> a.getBudgetLine().getFiscalYear().getStartYear()))
        .orElseThrow(() -> new IllegalStateException("A grant without year allocations"));
  }
}
