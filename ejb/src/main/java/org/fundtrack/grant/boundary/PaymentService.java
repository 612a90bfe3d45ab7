package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.control.BudgetAudit;
import org.fundtrack.budget.control.BudgetLineRepository;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantReports;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.PaymentGate;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.Payment;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Records payments: one instalment, paid in full, once. An instalment is paid only on an active
 * (executed) agreement, only once the reports due by its date were accepted (the holdback once the
 * final report was), never by whoever approved the grant, and never beyond the budget line's
 * commitments; the line's paid total moves with it.
 *
 * <p>The same request sent twice (same idempotency key) records one payment. Both requests lock the
 * grant first, so the second waits for the first to commit, then finds its payment with a locking
 * read (which sees it, unlike a plain read under REPEATABLE READ) and returns it instead of
 * failing. The unique key on {@code payment.idempotency_key} stays as the last line of defence.
 */
@Stateless
public class PaymentService {

  private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private BudgetLineRepository budgetLines;
  @Inject private GrantReports reports;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  /** Records the payment of an instalment, or returns the one already recorded for this key. */
  public PaymentReceipt recordPayment(
      @NotNull Caller caller, @NotNull @Valid PaymentRequest request) {
    GrantPermissions.require(caller, GrantAction.RECORD_PAYMENT);
    GrantAgreement grant = locks.grant(request.grantId());
    BudgetLine line = lockLineOf(request);
    PaymentInstalment instalment = lockInstalment(request.instalmentId());
    Optional<Payment> earlier = grants.findPaymentByIdempotencyKeyLatest(request.idempotencyKey());
    if (earlier.isPresent()) {
      return replay(earlier.get(), instalment, request);
    }
    requirePayable(grant, instalment, request);
    Payment payment = pay(caller, instalment, line, request);
    LOG.info(
        () ->
            caller.username()
                + " paid instalment "
                + instalment.getSequenceNo()
                + " of grant "
                + grant.getReferenceNumber()
                + ": "
                + payment.getAmount());
    return receipt(payment, false);
  }

  /** Releases the instalment if still planned, pays it, and records both in the audit trail. */
  private Payment pay(
      Caller caller, PaymentInstalment instalment, BudgetLine line, PaymentRequest request) {
    AppUser payer = actors.of(caller);
    Instant now = BusinessClock.now();
    ChangeWatch watch =
        new ChangeWatch().track(() -> GrantAudit.of(instalment)).track(() -> BudgetAudit.of(line));
    if (instalment.getStatus() == InstalmentStatus.PLANNED) {
      instalment.release(payer, now);
    }
    Payment payment =
        Payment.record(
            instalment,
            request.paidOn(),
            request.paymentReference(),
            request.idempotencyKey(),
            payer,
            now);
    grants.persist(payment);
    writeNow(request);
    watch.created(() -> GrantAudit.of(payment));
    audit.record(caller.username(), "PAY", null, now, watch);
    return payment;
  }

  private BudgetLine lockLineOf(PaymentRequest request) {
    GrantRepository.InstalmentOwner owner =
        grants
            .instalmentOwner(request.instalmentId())
            .filter(o -> request.grantId().equals(o.grantId()))
            .orElseThrow(
                () ->
                    BusinessRuleViolation.notFound(
                        "grant.instalment.notFound", request.instalmentId()));
    return budgetLines.lockInIdOrder(List.of(owner.budgetLineId())).get(0);
  }

  private PaymentInstalment lockInstalment(long instalmentId) {
    return grants
        .lockInstalment(instalmentId)
        .orElseThrow(
            () -> BusinessRuleViolation.notFound("grant.instalment.notFound", instalmentId));
  }

  private static PaymentReceipt replay(
      Payment earlier, PaymentInstalment instalment, PaymentRequest request) {
    if (!earlier.getInstalment().getId().equals(instalment.getId())) {
      throw BusinessRuleViolation.invalid("grant.payment.keyReused", request.idempotencyKey());
    }
    return receipt(earlier, true);
  }

  private void requirePayable(
      GrantAgreement grant, PaymentInstalment instalment, PaymentRequest request) {
    if (grant.getStatus() != GrantStatus.ACTIVE) {
      throw BusinessRuleViolation.invalid(
          "grant.instalment.grantNotActive", grant.getReferenceNumber(), grant.getStatus());
    }
    LocalDate executedOn = BusinessClock.dateOf(grant.getExecutedAt());
    if (request.paidOn().isBefore(executedOn) || request.paidOn().isAfter(BusinessClock.today())) {
      throw BusinessRuleViolation.invalid(
          "grant.payment.dateOutOfRange", request.paidOn(), executedOn, BusinessClock.today());
    }
    if (grants.paymentReferenceTaken(request.paymentReference())) {
      throw BusinessRuleViolation.conflict(
          "grant.payment.referenceTaken", request.paymentReference());
    }
    PaymentGate.requirePayable(
        instalment.getSequenceNo(),
        instalment.getDueDate(),
        instalment.isHoldback(),
        reports.states(grant.getId()));
  }

  /**
   * Inserts the payment now, so a unique key that another transaction took after this one checked
   * (a reused reference or key) is refused as a business rule rather than an error.
   */
  private void writeNow(PaymentRequest request) {
    try {
      grants.flush();
    } catch (PersistenceException e) {
      String cause = String.valueOf(rootMessage(e));
      if (cause.contains("uq_payment_idempotency_key")) {
        throw BusinessRuleViolation.invalid("grant.payment.keyReused", request.idempotencyKey());
      }
      if (cause.contains("uq_payment_payment_reference")) {
        throw BusinessRuleViolation.conflict(
            "grant.payment.referenceTaken", request.paymentReference());
      }
      throw e;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static PaymentReceipt receipt(Payment payment, boolean replayed) {
    return new PaymentReceipt(
        payment.getId(),
        payment.getGrant().getId(),
        payment.getInstalment().getId(),
        payment.getAmount(),
        payment.getPaidOn(),
        payment.getPaymentReference(),
        replayed);
  }
}
