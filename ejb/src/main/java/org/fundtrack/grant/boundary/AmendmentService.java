package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.grant.control.AmendmentEffects;
import org.fundtrack.grant.control.ApprovalAuthorityRepository;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRecords;
import org.fundtrack.grant.control.GrantReports;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.GrantWatch;
import org.fundtrack.grant.entity.Amendment;
import org.fundtrack.grant.entity.AmendmentChange;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.idempotency.Creation;
import org.fundtrack.shared.idempotency.IdempotentRequests;
import org.fundtrack.shared.idempotency.RequestKey;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Amendments of approved and active grants: numbered per grant, proposed by an officer, decided
 * once by someone else within their delegated authority (never by whoever created or submitted the
 * grant), re-checking the budget when the total grows. An approved amendment changes the grant's
 * current terms and schedules ({@link AmendmentEffects}); the amendment keeps the old and new
 * values, so the grant's history is never overwritten. A termination is an amendment too.
 */
@Stateless
public class AmendmentService {

  /** The operation an Idempotency-Key of a proposal is recorded under. */
  static final String PROPOSE_OPERATION = "PROPOSE_AMENDMENT";

  private static final Logger LOG = Logger.getLogger(AmendmentService.class.getName());

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private GrantReports reports;
  @Inject private Actors actors;
  @Inject private ApprovalAuthorityRepository authorities;
  @Inject private AuditTrail audit;
  @Inject private IdempotentRequests requests;

  /** Proposes an amendment and returns its number; one proposal at a time per grant. */
  public int propose(
      @NotNull Caller caller, long grantId, @NotNull @Valid AmendmentRequest request) {
    return (int) propose(caller, grantId, request, null).id();
  }

  /**
   * Proposes an amendment and returns its number, or finds the one an earlier request with the same
   * Idempotency-Key proposed (none: always a new proposal).
   */
  public Creation propose(
      @NotNull Caller caller,
      long grantId,
      @NotNull @Valid AmendmentRequest request,
      @Valid RequestKey key) {
    GrantPermissions.require(caller, GrantAction.PROPOSE_AMENDMENT);
    GrantAgreement grant = locks.grant(grantId);
    Optional<Long> earlier = requests.claim(caller.userId(), PROPOSE_OPERATION, key);
    if (earlier.isPresent()) {
      return Creation.replayed(earlier.get());
    }
    int no = enterProposal(caller, grant, request);
    requests.complete(caller.userId(), key, no);
    return Creation.created(no);
  }

  private int enterProposal(Caller caller, GrantAgreement grant, AmendmentRequest request) {
    long grantId = grant.getId();
    List<Amendment> history = grants.amendments(grantId);
    if (history.stream().anyMatch(a -> a.getStatus() == AmendmentStatus.PROPOSED)) {
      throw BusinessRuleViolation.invalid("grant.amendment.pending", grant.getReferenceNumber());
    }
    AppUser requester = actors.of(caller);
    Instant now = BusinessClock.now();
    AmendmentChange change =
        request.type() == AmendmentType.TERMINATION
            ? terminationChange(grant, request)
            : new AmendmentChange(
                request.description(),
                request.reason(),
                request.newTotalAmount(),
                request.newEndDate());
    Amendment amendment =
        new Amendment(grant, history.size() + 1, request.type(), change, requester, now);
    grants.persist(amendment);
    audit.record(
        caller.username(),
        "PROPOSE_AMENDMENT",
        request.reason(),
        now,
        new ChangeWatch().created(() -> GrantAudit.of(amendment)));
    LOG.info(
        () ->
            caller.username()
                + " proposed amendment "
                + amendment.getAmendmentNo()
                + " ("
                + request.type()
                + ") of "
                + grant.getReferenceNumber());
    return amendment.getAmendmentNo();
  }

  /** Approves a proposed amendment and applies it to the grant and its schedules. */
  public void approve(@NotNull Caller caller, long grantId, int amendmentNo, String comment) {
    GrantPermissions.require(caller, GrantAction.DECIDE_AMENDMENT);
    GrantRecords records = locks.grantRecords(grantId);
    GrantAgreement grant = records.grant();
    Amendment amendment = amendment(grantId, amendmentNo);
    AppUser approver = actors.of(caller);
    Instant now = BusinessClock.now();
    GrantWatch watch = GrantWatch.of(records).also(() -> GrantAudit.of(amendment));
    requirePaymentsUnchanged(amendment, records);
    amendment.approve(approver, authorityOf(approver, grant), now, comment);
    List<GrantYearAllocation> emptied = apply(amendment, records, approver, now);
    emptied.forEach(grants::remove);
    audit.record(caller.username(), "APPROVE_AMENDMENT", comment, now, watch.finish(emptied));
    LOG.info(
        () ->
            caller.username()
                + " approved amendment "
                + amendmentNo
                + " of "
                + grant.getReferenceNumber());
  }

  /**
   * Declines a proposed amendment; the grant is unchanged. The same people decide either way: a
   * decision beyond the caller's authority is refused, whatever it is.
   */
  public void decline(@NotNull Caller caller, long grantId, int amendmentNo, String comment) {
    GrantPermissions.require(caller, GrantAction.DECIDE_AMENDMENT);
    GrantAgreement grant = locks.grant(grantId);
    Amendment amendment = amendment(grantId, amendmentNo);
    AppUser decider = actors.of(caller);
    Instant now = BusinessClock.now();
    ApprovalAuthority.requireCovers(
        authorityOf(decider, grant),
        decider,
        grant.getInstrumentType(),
        resultingTotal(amendment, grant));
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(amendment));
    amendment.decline(decider, now, comment);
    audit.record(caller.username(), "DECLINE_AMENDMENT", comment, now, watch);
    LOG.info(
        () ->
            caller.username()
                + " declined amendment "
                + amendmentNo
                + " of "
                + grant.getReferenceNumber());
  }

  /** Every amendment of the grant, oldest first; recipients see only their own grants'. */
  public List<AmendmentView> history(@NotNull Caller caller, long grantId) {
    GrantAgreement grant =
        grants
            .findById(grantId)
            .filter(g -> caller.maySeeRecipient(g.getRecipient().getId()))
            .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", grantId));
    return grants.amendments(grant.getId()).stream().map(AmendmentService::view).toList();
  }

  /** The amendment's effect on the schedules; returns the allocations it empties. */
  private List<GrantYearAllocation> apply(
      Amendment amendment, GrantRecords records, AppUser approver, Instant now) {
    GrantAgreement grant = records.grant();
    if (amendment.getAmendmentType() == AmendmentType.TERMINATION) {
      grants.persist(grant.terminate(approver, now, amendment.getReason(), null));
      return AmendmentEffects.settleAtPaid(
          records.allocations(), records.instalments(), records::paidOn);
    }
    if (amendment.getNewTotalAmount() != null) {
      AmendmentEffects.changeTotal(
          grant, records.allocations(), records.instalments(), amendment.totalAmountDelta());
    }
    if (amendment.getNewEndDate() != null) {
      boolean finalReportIn = reports.finalReportIn(grant.getId());
      AmendmentEffects.changeEndDate(
          grant, records.periods(), records.instalments(), finalReportIn);
    }
    return List.of();
  }

  /**
   * A termination's new total is what was paid when it was proposed (none when nothing or all was
   * paid), its new end date today when that shortens the term.
   */
  private AmendmentChange terminationChange(GrantAgreement grant, AmendmentRequest request) {
    BigDecimal paid = Money.sum(grants.paidByLine(grant.getId()).values());
    BigDecimal total = grant.getTerms().getTotalAmount();
    BigDecimal newTotal = paid.signum() > 0 && paid.compareTo(total) < 0 ? paid : null;
    LocalDate today = BusinessClock.today();
    LocalDate newEnd =
        grant.getTerms().covers(today) && today.isBefore(grant.getTerms().getEndDate())
            ? today
            : null;
    return new AmendmentChange(request.description(), request.reason(), newTotal, newEnd);
  }

  /** A termination is decided on the payments it was proposed against. */
  private static void requirePaymentsUnchanged(Amendment amendment, GrantRecords records) {
    if (amendment.getAmendmentType() != AmendmentType.TERMINATION) {
      return;
    }
    BigDecimal paid = records.paid();
    BigDecimal expected = amendment.getNewTotalAmount();
    boolean unchanged =
        expected != null
            ? paid.compareTo(expected) == 0
            : paid.signum() == 0
                || paid.compareTo(records.grant().getTerms().getTotalAmount()) == 0;
    if (!unchanged) {
      throw BusinessRuleViolation.conflict("grant.amendment.stale", amendment.getAmendmentNo());
    }
  }

  private ApprovalAuthority authorityOf(AppUser user, GrantAgreement grant) {
    return authorities.find(user.getRole(), grant.getInstrumentType()).orElse(null);
  }

  private static BigDecimal resultingTotal(Amendment amendment, GrantAgreement grant) {
    return amendment.getNewTotalAmount() != null
        ? amendment.getNewTotalAmount()
        : grant.getTerms().getTotalAmount();
  }

  private Amendment amendment(long grantId, int amendmentNo) {
    return grants
        .findAmendment(grantId, amendmentNo)
        .orElseThrow(() -> BusinessRuleViolation.notFound("grant.amendment.notFound", amendmentNo));
  }

  private static AmendmentView view(Amendment a) {
    return new AmendmentView(
        a.getAmendmentNo(),
        a.getAmendmentType(),
        a.getStatus(),
        a.getDescription(),
        a.getReason(),
        a.getOldTotalAmount(),
        a.getNewTotalAmount(),
        a.getOldEndDate(),
        a.getNewEndDate(),
        a.getRequestedBy().getUsername(),
        a.getRequestedAt(),
        a.getDecidedBy() == null ? null : a.getDecidedBy().getUsername(),
        a.getDecidedAt(),
        a.getDecisionComment(),
        a.getRequestedBy().getDisplayName(),
        a.getDecidedBy() == null ? null : a.getDecidedBy().getDisplayName());
  }
}
