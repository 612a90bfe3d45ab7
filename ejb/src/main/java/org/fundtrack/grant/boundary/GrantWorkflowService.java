package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.control.BudgetAudit;
import org.fundtrack.grant.control.ApprovalAuthorityRepository;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.LockedGrant;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.GrantStatusChange;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Moves a grant through its life: submitted, under review, approved (committing each fiscal year's
 * share on that year's budget line) or declined, withdrawn, and active once the agreement is
 * executed. Each move checks the caller's role, locks the grant (and for approval its budget lines,
 * in id order), lets the grant check the move, and records the status history and the audit trail
 * in the same transaction.
 */
@Stateless
public class GrantWorkflowService {

  private static final Logger LOG = Logger.getLogger(GrantWorkflowService.class.getName());

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private Actors actors;
  @Inject private ApprovalAuthorityRepository authorities;
  @Inject private AuditTrail audit;

  /** The officer sends the application for review. */
  public GrantStatus submit(@NotNull Caller caller, long grantId) {
    GrantPermissions.require(caller, GrantAction.SUBMIT);
    return move(caller, grantId, "SUBMIT", null, (grant, by, at) -> grant.submit(by, at));
  }

  /** An officer takes the submitted application into review. */
  public GrantStatus startReview(@NotNull Caller caller, long grantId) {
    GrantPermissions.require(caller, GrantAction.START_REVIEW);
    return move(
        caller, grantId, "START_REVIEW", null, (grant, by, at) -> grant.startReview(by, at));
  }

  /**
   * Approves within the caller's delegated authority, never the caller's own grant, and commits
   * each year's share on its budget line; refused when a line has not enough available.
   */
  public GrantStatus approve(@NotNull Caller caller, long grantId, String comment) {
    GrantPermissions.require(caller, GrantAction.APPROVE);
    LockedGrant locked = locks.grantAndLines(grantId);
    GrantAgreement grant = locked.grant();
    AppUser approver = actors.of(caller);
    Instant now = BusinessClock.now();
    List<GrantYearAllocation> allocations = grants.allocations(grantId);
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(grant));
    locked.lines().forEach(line -> watch.track(() -> BudgetAudit.of(line)));
    grants.persist(grant.approve(approver, authorityOf(approver, grant), now));
    allocations.forEach(GrantYearAllocation::commit);
    audit.record(caller.username(), "APPROVE", comment, now, watch);
    LOG.info(() -> caller.username() + " approved grant " + grant.getReferenceNumber());
    return grant.getStatus();
  }

  /** Declines the application, within the caller's authority and never the caller's own. */
  public GrantStatus decline(@NotNull Caller caller, long grantId, String reason) {
    GrantPermissions.require(caller, GrantAction.DECLINE);
    return move(
        caller,
        grantId,
        "DECLINE",
        reason,
        (grant, by, at) -> grant.decline(by, authorityOf(by, grant), at, reason));
  }

  /** Withdraws the application (the recipient no longer wants it, or it cannot proceed). */
  public GrantStatus withdraw(@NotNull Caller caller, long grantId, String reason) {
    GrantPermissions.require(caller, GrantAction.WITHDRAW);
    return move(
        caller, grantId, "WITHDRAW", reason, (grant, by, at) -> grant.withdraw(by, at, reason));
  }

  /** Both parties signed the approved agreement: it becomes active and payments may start. */
  public GrantStatus execute(@NotNull Caller caller, long grantId) {
    GrantPermissions.require(caller, GrantAction.EXECUTE);
    return move(caller, grantId, "EXECUTE", null, (grant, by, at) -> grant.execute(by, at));
  }

  private GrantStatus move(Caller caller, long grantId, String action, String reason, Move move) {
    GrantAgreement grant = locks.grant(grantId);
    AppUser actor = actors.of(caller);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(grant));
    grants.persist(move.apply(grant, actor, now));
    audit.record(caller.username(), action, reason, now, watch);
    LOG.info(
        () ->
            caller.username()
                + " "
                + action
                + " grant "
                + grant.getReferenceNumber()
                + " → "
                + grant.getStatus());
    return grant.getStatus();
  }

  private ApprovalAuthority authorityOf(AppUser user, GrantAgreement grant) {
    return authorities.find(user.getRole(), grant.getInstrumentType()).orElse(null);
  }

  /** One status move of the grant entity, returning the history entry to keep. */
  @FunctionalInterface
  private interface Move {
    GrantStatusChange apply(GrantAgreement grant, AppUser by, Instant at);
  }
}
