package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.control.BudgetAudit;
import org.fundtrack.grant.control.AmendmentEffects;
import org.fundtrack.grant.control.CloseOut;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.LockedGrant;
import org.fundtrack.grant.control.ReportStates;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Closes an active grant once its final report is accepted: works out what was committed but not
 * paid (released back to the budget lines, the grant's allocations and total coming down to what
 * was paid) and what was paid beyond the eligible spending (recorded as the amount to recover), and
 * cancels the instalments left unpaid.
 */
@Stateless
public class CloseOutService {

  private static final Logger LOG = Logger.getLogger(CloseOutService.class.getName());

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private ReportStates reports;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  /** Closes the grant and returns the close-out figures. */
  public CloseOut close(
      @NotNull Caller caller, long grantId, @NotNull @Valid CloseOutRequest request) {
    GrantPermissions.require(caller, GrantAction.CLOSE);
    LockedGrant locked = locks.grantAndLines(grantId);
    GrantAgreement grant = locked.grant();
    grant.requireCanMoveTo(GrantStatus.CLOSED);
    requireFinalReportAccepted(grant);
    Map<Long, BigDecimal> paidByLine = grants.paidByLine(grantId);
    BigDecimal paid = Money.sum(paidByLine.values());
    if (paid.signum() == 0) {
      throw new BusinessRuleViolation("grant.close.nothingPaid", grant.getReferenceNumber());
    }
    CloseOut figures =
        CloseOut.of(
            grant.getTerms().getTotalAmount(), paid, eligibleSpending(grant, request, paid));
    AppUser officer = actors.of(caller);
    Instant now = BusinessClock.now();
    List<GrantYearAllocation> allocations = grants.allocations(grantId);
    List<PaymentInstalment> instalments = grants.instalments(grantId);
    Map<GrantYearAllocation, AuditedState> before = new HashMap<>();
    allocations.forEach(a -> before.put(a, GrantAudit.of(a)));
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(grant));
    locked.lines().forEach(line -> watch.track(() -> BudgetAudit.of(line)));
    instalments.forEach(i -> watch.track(() -> GrantAudit.of(i)));
    grants.persist(grant.closeOut(officer, now, paid, figures.amountToRecover()));
    List<GrantYearAllocation> emptied =
        AmendmentEffects.settleAtPaid(
            allocations, instalments, line -> paidByLine.getOrDefault(line.getId(), Money.ZERO));
    for (GrantYearAllocation a : allocations) {
      if (emptied.contains(a)) {
        watch.removed(before.get(a));
        grants.remove(a);
      } else {
        watch.changed(before.get(a), () -> GrantAudit.of(a));
      }
    }
    audit.record(caller.username(), "CLOSE", request.comment(), now, watch);
    LOG.info(
        () -> caller.username() + " closed grant " + grant.getReferenceNumber() + ": " + figures);
    return figures;
  }

  private void requireFinalReportAccepted(GrantAgreement grant) {
    boolean accepted =
        reports.of(grant.getId()).stream().anyMatch(r -> r.finalReport() && r.accepted());
    if (!accepted) {
      throw new BusinessRuleViolation(
          "grant.close.finalReportOutstanding", grant.getReferenceNumber());
    }
  }

  /** As given; else the accepted reports' expenses; else everything paid counts as spent. */
  private BigDecimal eligibleSpending(
      GrantAgreement grant, CloseOutRequest request, BigDecimal paid) {
    if (request.eligibleSpending() != null) {
      return request.eligibleSpending();
    }
    BigDecimal reported = grants.acceptedExpenses(grant.getId());
    return reported != null ? reported : paid;
  }
}
