package org.fundtrack.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.control.PaymentGate;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.reporting.control.ReportAudit;
import org.fundtrack.reporting.control.ReportContents;
import org.fundtrack.reporting.control.ReportRepository;
import org.fundtrack.reporting.control.ReportingAction;
import org.fundtrack.reporting.control.ReportingPermissions;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportStatus;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Progress reports from draft to acceptance. A recipient saves a draft for one reporting period of
 * its own active grant (narrative, spending by expense category, the actual of each indicator) and
 * submits it; an officer (never the submitter) returns it with a comment, which the recipient
 * answers with a new revision (the returned one is kept), or accepts it, which releases the
 * instalments that were waiting for it. Another organisation's grant or report is "not found" and
 * recorded, exactly like an unknown one. Every change is audited in the same transaction.
 *
 * <p>Like every writing service, it authorises through the {@link Caller} it is given: each use
 * case checks the caller's role first (recipients write, officers and directors review). What a
 * report may hold (its spending and results) and what a submission must meet are {@link
 * ReportContents}; this class orders the steps, locks the grant and audits.
 */
@Stateless
public class ProgressReportService {

  private static final Logger LOG = Logger.getLogger(ProgressReportService.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private ReportRepository reports;
  @Inject private ReportContents contents;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;
  @Inject private AccessDenials denials;

  /**
   * Saves the recipient's draft for period {@code periodNo} (a new draft, the same draft again, or
   * the next revision of a returned report) and returns the report's id.
   *
   * @throws BusinessRuleViolation {@code security.notAllowed} for staff, {@code grant.notFound} for
   *     a grant outside the caller's organisation, {@code grant.report.grantNotActive}, {@code
   *     grant.report.noSuchPeriod}, {@code report.alreadySubmitted} for a period whose report is
   *     submitted or accepted, {@code report.spending.duplicate}, {@code
   *     grant.budgetItem.unknownCategory}, {@code report.result.notInAgreement}, {@code
   *     report.result.duplicate}, or a rule of an indicator's value
   */
  public long saveDraft(
      @NotNull Caller caller, long grantId, int periodNo, @NotNull @Valid ReportDraft draft) {
    requireRecipient(caller);
    GrantAgreement grant = ownGrant(caller, grantId);
    if (grant.getStatus() != GrantStatus.ACTIVE) {
      throw BusinessRuleViolation.invalid(
          "grant.report.grantNotActive", grant.getReferenceNumber(), grant.getStatus());
    }
    ReportingPeriod period = period(grantId, periodNo);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch();
    ProgressReport report = draftFor(period, watch);
    report.writeNarrative(draft.narrative(), Locale.forLanguageTag(draft.language()));
    contents.replaceSpending(report, draft.spending());
    contents.replaceResults(report, grantId, draft.actuals());
    audit.record(caller.username(), "SAVE_REPORT_DRAFT", null, now, watch);
    LOG.info(() -> caller.username() + " saved report draft " + report.getId());
    return report.getId();
  }

  /**
   * Submits the draft: the narrative, an actual for every indicator of the agreement, and an
   * explanation for each category whose spending is more than the allowed variance off its share of
   * the budget for one period.
   *
   * @throws BusinessRuleViolation {@code report.notFound}, {@code report.wrongStatus}, {@code
   *     report.narrativeRequired}, {@code report.actualsMissing}, {@code
   *     report.varianceExplanationRequired}
   */
  public void submit(@NotNull Caller caller, long reportId) {
    requireRecipient(caller);
    ProgressReport report = ownReport(caller, reportId);
    locks.grant(report.getGrant().getId());
    long grantId = report.getGrant().getId();
    contents.requireAllActuals(report, grantId);
    contents.requireVarianceExplanations(report, grantId);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> ReportAudit.of(report));
    report.submit(actors.of(caller), now);
    audit.record(caller.username(), "SUBMIT_REPORT", null, now, watch);
    LOG.info(() -> caller.username() + " submitted report " + reportId);
  }

  /**
   * Returns the submitted report with a comment the recipient sees.
   *
   * @throws BusinessRuleViolation {@code security.notAllowed}, {@code report.notFound}, {@code
   *     report.wrongStatus}, {@code report.commentRequired}, {@code report.ownReport}
   */
  public void returnForRevision(@NotNull Caller caller, long reportId, String comment) {
    ReportingPermissions.require(caller, ReportingAction.REVIEW);
    ProgressReport report = reportById(reportId);
    locks.grant(report.getGrant().getId());
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> ReportAudit.of(report));
    report.returnForRevision(actors.of(caller), now, comment);
    audit.record(caller.username(), "RETURN_REPORT", comment, now, watch);
    LOG.info(() -> caller.username() + " returned report " + reportId);
  }

  /**
   * Accepts the submitted report and releases every planned instalment its acceptance makes
   * payable; returns how many were released.
   *
   * @throws BusinessRuleViolation as {@link #returnForRevision}, except the comment is optional
   */
  public int accept(@NotNull Caller caller, long reportId, String comment) {
    ReportingPermissions.require(caller, ReportingAction.REVIEW);
    ProgressReport report = reportById(reportId);
    GrantAgreement grant = locks.grant(report.getGrant().getId());
    AppUser reviewer = actors.of(caller);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> ReportAudit.of(report));
    report.accept(reviewer, now, comment);
    em.flush();
    int released =
        grant.getStatus() == GrantStatus.ACTIVE ? releasePayable(grant, reviewer, now, watch) : 0;
    audit.record(caller.username(), "ACCEPT_REPORT", comment, now, watch);
    LOG.info(() -> caller.username() + " accepted report " + reportId + ", released " + released);
    return released;
  }

  // --- steps ------------------------------------------------------------------------------

  /** Releases every planned instalment of the grant that is now payable; returns how many. */
  private int releasePayable(
      GrantAgreement grant, AppUser reviewer, Instant now, ChangeWatch watch) {
    var states = reports.states(grant.getId());
    int released = 0;
    for (PaymentInstalment instalment : grants.instalments(grant.getId())) {
      if (instalment.getStatus() == InstalmentStatus.PLANNED && payable(instalment, states)) {
        watch.track(() -> GrantAudit.of(instalment));
        instalment.release(reviewer, now);
        released++;
      }
    }
    return released;
  }

  private static boolean payable(
      PaymentInstalment instalment, List<org.fundtrack.grant.control.ReportState> states) {
    try {
      PaymentGate.requirePayable(
          instalment.getSequenceNo(), instalment.getDueDate(), instalment.isHoldback(), states);
      return true;
    } catch (BusinessRuleViolation waiting) {
      return false;
    }
  }

  /** The period's live draft, a new first draft, or the next revision of a returned report. */
  private ProgressReport draftFor(ReportingPeriod period, ChangeWatch watch) {
    List<ProgressReport> revisions = reports.revisions(period.getId());
    Optional<ProgressReport> latest =
        revisions.stream().max((a, b) -> Integer.compare(a.getRevision(), b.getRevision()));
    if (latest.isPresent() && latest.get().getStatus() == ReportStatus.DRAFT) {
      ProgressReport draft = latest.get();
      watch.track(() -> ReportAudit.of(draft));
      return draft;
    }
    if (latest.isPresent() && latest.get().getStatus() != ReportStatus.RETURNED) {
      throw BusinessRuleViolation.invalid(
          "report.alreadySubmitted", period.getSequenceNo(), latest.get().getStatus());
    }
    ProgressReport next =
        latest.isPresent() ? latest.get().nextRevision() : ProgressReport.firstDraft(period);
    reports.persist(next);
    em.flush();
    watch.created(() -> ReportAudit.of(next));
    return next;
  }

  private static void requireRecipient(Caller caller) {
    ReportingPermissions.require(caller, ReportingAction.WRITE_REPORT);
  }

  /** The caller's organisation's grant, locked; anything else is "no such grant" (recorded). */
  private GrantAgreement ownGrant(Caller caller, long grantId) {
    Optional<GrantAgreement> grant =
        grants.findById(grantId).filter(g -> caller.maySeeRecipient(g.getRecipient().getId()));
    if (grant.isEmpty()) {
      denials.record("grant " + grantId);
      throw BusinessRuleViolation.notFound("grant.notFound", grantId);
    }
    return locks.grant(grantId);
  }

  private ProgressReport ownReport(Caller caller, long reportId) {
    ProgressReport report = em.find(ProgressReport.class, reportId);
    if (report == null || !caller.maySeeRecipient(report.getGrant().getRecipient().getId())) {
      denials.record("progress report " + reportId);
      throw BusinessRuleViolation.notFound("report.notFound", reportId);
    }
    return report;
  }

  private ProgressReport reportById(long reportId) {
    ProgressReport report = em.find(ProgressReport.class, reportId);
    if (report == null) {
      throw BusinessRuleViolation.notFound("report.notFound", reportId);
    }
    return report;
  }

  private ReportingPeriod period(long grantId, int periodNo) {
    return grants.reportingPeriods(grantId).stream()
        .filter(p -> p.getSequenceNo() == periodNo)
        .findFirst()
        .orElseThrow(() -> BusinessRuleViolation.invalid("grant.report.noSuchPeriod", periodNo));
  }
}
