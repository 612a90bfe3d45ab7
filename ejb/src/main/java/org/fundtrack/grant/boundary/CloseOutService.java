package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.grant.control.AmendmentEffects;
import org.fundtrack.grant.control.CloseOut;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRecords;
import org.fundtrack.grant.control.GrantReports;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.GrantWatch;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
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
  @Inject private GrantReports reports;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  /** Closes the grant and returns the close-out figures. */
  public CloseOut close(
      @NotNull Caller caller, long grantId, @NotNull @Valid CloseOutRequest request) {
    GrantPermissions.require(caller, GrantAction.CLOSE);
    GrantRecords records = locks.grantRecords(grantId);
    GrantAgreement grant = records.grant();
    grant.requireCanMoveTo(GrantStatus.CLOSED);
    requireFinalReportAccepted(grant);
    CloseOut figures = figures(records, request);
    AppUser officer = actors.of(caller);
    Instant now = BusinessClock.now();
    GrantWatch watch = GrantWatch.of(records);
    grants.persist(grant.closeOut(officer, now, figures.paid(), figures.amountToRecover()));
    List<GrantYearAllocation> emptied =
        AmendmentEffects.settleAtPaid(
            records.allocations(), records.instalments(), records::paidOn);
    emptied.forEach(grants::remove);
    audit.record(caller.username(), "CLOSE", request.comment(), now, watch.finish(emptied));
    LOG.info(
        () -> caller.username() + " closed grant " + grant.getReferenceNumber() + ": " + figures);
    return figures;
  }

  /**
   * @throws BusinessRuleViolation {@code grant.close.nothingPaid}: such a grant is terminated
   */
  private CloseOut figures(GrantRecords records, CloseOutRequest request) {
    BigDecimal paid = records.paid();
    if (paid.signum() == 0) {
      throw BusinessRuleViolation.invalid(
          "grant.close.nothingPaid", records.grant().getReferenceNumber());
    }
    return CloseOut.of(
        records.grant().getTerms().getTotalAmount(),
        paid,
        eligibleSpending(records.grant(), request, paid));
  }

  private void requireFinalReportAccepted(GrantAgreement grant) {
    boolean accepted =
        reports.states(grant.getId()).stream().anyMatch(r -> r.finalReport() && r.accepted());
    if (!accepted) {
      throw BusinessRuleViolation.invalid(
          "grant.close.finalReportOutstanding", grant.getReferenceNumber());
    }
  }

  /** As given; else the accepted reports' expenses; else everything paid counts as spent. */
  private BigDecimal eligibleSpending(
      GrantAgreement grant, CloseOutRequest request, BigDecimal paid) {
    if (request.eligibleSpending() != null) {
      return request.eligibleSpending();
    }
    BigDecimal reported = reports.acceptedSpending(grant.getId());
    return reported != null ? reported : paid;
  }
}
