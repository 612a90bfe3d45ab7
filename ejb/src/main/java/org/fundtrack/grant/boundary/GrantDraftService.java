package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.budget.entity.Strategy;
import org.fundtrack.grant.control.EnteredDraftQuery;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.GrantSchedule;
import org.fundtrack.grant.control.GrantScheduleBuilder;
import org.fundtrack.grant.control.ReferenceCounter;
import org.fundtrack.grant.control.ReferenceNumbers;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.GrantTerms;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.idempotency.Creation;
import org.fundtrack.shared.idempotency.IdempotentRequests;
import org.fundtrack.shared.idempotency.RequestKey;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Entering and editing grant applications: a draft is the grant with its year allocations, budget
 * by expense category, reporting periods and payment instalments, all consistent before anything is
 * saved. Editing is possible until approval and refuses a save made from a stale copy.
 */
@Stateless
public class GrantDraftService {

  /** The operation an Idempotency-Key of a creation is recorded under. */
  static final String CREATE_OPERATION = "CREATE_GRANT";

  private static final Logger LOG = Logger.getLogger(GrantDraftService.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private GrantRepository grants;
  @Inject private GrantLocks locks;
  @Inject private ReferenceCounter referenceCounter;
  @Inject private IdempotentRequests requests;
  @Inject private GrantScheduleBuilder schedules;
  @Inject private EnteredDraftQuery entered;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "fundtrack.grant.default-holdback-percent", defaultValue = "10.00")
  private BigDecimal defaultHoldbackPercent;

  /** Enters a new application as a draft and returns its id. */
  public long createDraft(@NotNull Caller caller, @NotNull @Valid GrantDraft draft) {
    return createDraft(caller, draft, null).id();
  }

  /**
   * Enters a new application as a draft, or finds the one an earlier request with the same
   * Idempotency-Key entered (none: always a new draft).
   */
  public Creation createDraft(
      @NotNull Caller caller, @NotNull @Valid GrantDraft draft, @Valid RequestKey key) {
    GrantPermissions.require(caller, GrantAction.CREATE_DRAFT);
    Optional<Long> earlier = requests.claim(caller.userId(), CREATE_OPERATION, key);
    if (earlier.isPresent()) {
      return Creation.replayed(earlier.get());
    }
    long id = enterDraft(caller, draft);
    requests.complete(caller.userId(), key, id);
    return Creation.created(id);
  }

  private long enterDraft(Caller caller, GrantDraft draft) {
    Strategy strategy = strategyOf(draft.fundId());
    Fund fund = activeFund(draft.fundId());
    Recipient recipient = activeRecipient(draft.recipientId());
    AppUser author = actors.of(caller);
    GrantTerms terms = terms(draft);
    Instant now = BusinessClock.now();
    GrantAgreement grant =
        new GrantAgreement(
            nextReferenceNumber(strategy, terms),
            recipient,
            fund,
            draft.instrumentType(),
            draft.text(),
            terms,
            author);
    grants.persist(grant);
    grants.persist(grant.recordCreation(now));
    GrantSchedule schedule = schedules.build(grant, draft.schedule());
    ChangeWatch watch = new ChangeWatch().created(() -> GrantAudit.of(grant));
    watchCreated(watch, schedule);
    audit.record(caller.username(), "CREATE", null, now, watch);
    LOG.info(() -> caller.username() + " created draft grant " + grant.getReferenceNumber());
    return grant.getId();
  }

  /**
   * Replaces a draft's (or a grant under review's) text, terms and schedules, provided nobody saved
   * it since the caller loaded {@code expectedVersion} (the grant's row lock makes that check
   * exact); returns the new version, which moves on once per save.
   */
  public long reviseDraft(
      @NotNull Caller caller,
      long grantId,
      long expectedVersion,
      @NotNull @Valid GrantDraft draft) {
    GrantPermissions.require(caller, GrantAction.EDIT_DRAFT);
    GrantAgreement grant = lockForRevision(grantId, expectedVersion);
    requireSameParties(grant, draft);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(grant));
    grant.reviseText(draft.text());
    grant.reviseTerms(terms(draft));
    removeSchedule(grant, watch);
    watchCreated(watch, schedules.build(grant, draft.schedule()));
    audit.record(caller.username(), "REVISE", null, now, watch);
    LOG.info(() -> caller.username() + " revised grant " + grant.getReferenceNumber());
    return expectedVersion + 1;
  }

  /**
   * The application {@code grantId} as it was entered, for its entry form to correct; only while it
   * may still be revised (until approval).
   *
   * @throws BusinessRuleViolation {@code grant.notFound}, or {@code grant.notEditable} once
   *     approved, declined or withdrawn
   */
  public EditableDraft draftOf(@NotNull Caller caller, long grantId) {
    GrantPermissions.require(caller, GrantAction.EDIT_DRAFT);
    GrantAgreement grant =
        grants
            .findById(grantId)
            .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", grantId));
    if (!grant.getStatus().isEditable()) {
      throw BusinessRuleViolation.invalid(
          "grant.notEditable", grant.getReferenceNumber(), grant.getStatus());
    }
    return new EditableDraft(
        grantId, grant.getReferenceNumber(), grant.getVersion(), entered.of(grant));
  }

  private GrantAgreement lockForRevision(long grantId, long expectedVersion) {
    GrantAgreement grant = locks.grant(grantId);
    if (grant.getVersion() != expectedVersion) {
      throw BusinessRuleViolation.conflict(
          "grant.changedBySomeoneElse", grant.getReferenceNumber());
    }
    grants.incrementVersion(grant);
    return grant;
  }

  private static void requireSameParties(GrantAgreement grant, GrantDraft draft) {
    if (!grant.getRecipient().getId().equals(draft.recipientId())
        || !grant.getFund().getId().equals(draft.fundId())
        || grant.getInstrumentType() != draft.instrumentType()) {
      throw BusinessRuleViolation.invalid("grant.draft.partiesFixed", grant.getReferenceNumber());
    }
  }

  private void removeSchedule(GrantAgreement grant, ChangeWatch watch) {
    long id = grant.getId();
    for (IndicatorTarget t : grants.indicatorTargets(id)) {
      watch.removed(GrantAudit.of(t));
      grants.remove(t);
    }
    for (GrantIndicator g : grants.grantIndicators(id)) {
      watch.removed(GrantAudit.of(g));
      grants.remove(g);
    }
    for (PaymentInstalment i : grants.instalments(id)) {
      watch.removed(GrantAudit.of(i));
      grants.remove(i);
    }
    for (ReportingPeriod p : grants.reportingPeriods(id)) {
      watch.removed(GrantAudit.of(p));
      grants.remove(p);
    }
    for (GrantBudgetItem b : grants.budgetItems(id)) {
      watch.removed(GrantAudit.of(b));
      grants.remove(b);
    }
    for (GrantYearAllocation a : grants.allocations(id)) {
      watch.removed(GrantAudit.of(a));
      grants.remove(a);
    }
    // Deletes go first, or the new rows would collide with the old ones' unique keys.
    grants.flush();
  }

  private static void watchCreated(ChangeWatch watch, GrantSchedule schedule) {
    schedule.allocations().forEach(a -> watch.created(() -> GrantAudit.of(a)));
    schedule.budgetItems().forEach(b -> watch.created(() -> GrantAudit.of(b)));
    schedule.reportingPeriods().forEach(p -> watch.created(() -> GrantAudit.of(p)));
    schedule.instalments().forEach(i -> watch.created(() -> GrantAudit.of(i)));
    schedule.indicators().forEach(g -> watch.created(() -> GrantAudit.of(g)));
    schedule.targets().forEach(t -> watch.created(() -> GrantAudit.of(t)));
  }

  private GrantTerms terms(GrantDraft draft) {
    return new GrantTerms(
        draft.totalAmount(),
        draft.startDate(),
        draft.endDate(),
        draft.holdbackPercent() != null ? draft.holdbackPercent() : defaultHoldbackPercent,
        draft.reportingFrequency(),
        draft.dataOwnership());
  }

  private Strategy strategyOf(long fundId) {
    return grants
        .strategyOfFund(fundId)
        .orElseThrow(() -> BusinessRuleViolation.notFound("grant.fund.notFound", fundId));
  }

  private String nextReferenceNumber(Strategy strategy, GrantTerms terms) {
    String prefix =
        ReferenceNumbers.prefix(strategy.getCode(), FiscalYear.containing(terms.getStartDate()));
    return referenceCounter.take(prefix);
  }

  private Fund activeFund(long fundId) {
    Fund fund = em.find(Fund.class, fundId);
    if (fund == null || !fund.isActive()) {
      throw BusinessRuleViolation.notFound("grant.fund.notFound", fundId);
    }
    return fund;
  }

  private Recipient activeRecipient(long recipientId) {
    Recipient recipient = em.find(Recipient.class, recipientId);
    if (recipient == null || !recipient.isActive()) {
      throw BusinessRuleViolation.notFound("grant.recipient.notFound", recipientId);
    }
    return recipient;
  }
}
