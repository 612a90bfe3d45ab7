package org.fundtrack.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.grant.control.GrantAction;
import org.fundtrack.grant.control.GrantAudit;
import org.fundtrack.grant.control.GrantLocks;
import org.fundtrack.grant.control.GrantPermissions;
import org.fundtrack.grant.control.GrantRepository;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportStatus;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Interim report handling, until recipients report in FundTrack themselves (the reporting issue):
 * an officer records a report received outside the system, and a second member of staff accepts it,
 * which is what releases the next instalment. The database's four-eyes check (the reviewer is not
 * the submitter) holds here as it will for recipients' own reports.
 */
@Stateless
public class ReportAcceptanceService {

  private static final Logger LOG = Logger.getLogger(ReportAcceptanceService.class.getName());

  @Inject private GrantLocks locks;
  @Inject private GrantRepository grants;
  @Inject private Actors actors;
  @Inject private AuditTrail audit;

  /** Records the report for period {@code periodNo} as received (submitted) by the officer. */
  public long recordReport(
      @NotNull Caller caller,
      long grantId,
      int periodNo,
      @NotBlank(message = "{field.required}") String narrative,
      @NotNull Locale language) {
    GrantPermissions.require(caller, GrantAction.RECORD_REPORT);
    GrantAgreement grant = locks.grant(grantId);
    requireReporting(grant);
    ReportingPeriod period = period(grantId, periodNo);
    if (liveReport(grantId, period).isPresent()) {
      throw new BusinessRuleViolation("grant.report.alreadyRecorded", periodNo);
    }
    AppUser officer = actors.of(caller);
    Instant now = BusinessClock.now();
    ProgressReport report = nextRevision(period);
    report.writeNarrative(narrative, language);
    report.submit(officer, now);
    grants.persist(report);
    audit.record(
        caller.username(),
        "RECORD_REPORT",
        null,
        now,
        new ChangeWatch().created(() -> GrantAudit.of(report)));
    LOG.info(
        () ->
            caller.username()
                + " recorded report "
                + periodNo
                + " of "
                + grant.getReferenceNumber());
    return report.getId();
  }

  /** Accepts the submitted report for period {@code periodNo}; never one the caller submitted. */
  public void acceptReport(@NotNull Caller caller, long grantId, int periodNo, String comment) {
    GrantPermissions.require(caller, GrantAction.ACCEPT_REPORT);
    GrantAgreement grant = locks.grant(grantId);
    requireReporting(grant);
    ReportingPeriod period = period(grantId, periodNo);
    ProgressReport report =
        liveReport(grantId, period)
            .filter(r -> r.getStatus() == ReportStatus.SUBMITTED)
            .orElseThrow(() -> new BusinessRuleViolation("grant.report.notSubmitted", periodNo));
    AppUser reviewer = actors.of(caller);
    Instant now = BusinessClock.now();
    ChangeWatch watch = new ChangeWatch().track(() -> GrantAudit.of(report));
    report.accept(reviewer, now, comment);
    audit.record(caller.username(), "ACCEPT_REPORT", comment, now, watch);
    LOG.info(
        () ->
            caller.username()
                + " accepted report "
                + periodNo
                + " of "
                + grant.getReferenceNumber());
  }

  private static void requireReporting(GrantAgreement grant) {
    if (grant.getStatus() != GrantStatus.ACTIVE) {
      throw new BusinessRuleViolation(
          "grant.report.grantNotActive", grant.getReferenceNumber(), grant.getStatus());
    }
  }

  private ReportingPeriod period(long grantId, int periodNo) {
    return grants.reportingPeriods(grantId).stream()
        .filter(p -> p.getSequenceNo() == periodNo)
        .findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("grant.report.noSuchPeriod", periodNo));
  }

  private Optional<ProgressReport> liveReport(long grantId, ReportingPeriod period) {
    return grants.liveReports(grantId).stream()
        .filter(r -> r.getReportingPeriod().getId().equals(period.getId()))
        .findFirst();
  }

  /** The first revision, or the one after the latest (returned) revision. */
  private ProgressReport nextRevision(ReportingPeriod period) {
    List<ProgressReport> earlier = grants.reports(period.getId());
    return earlier.isEmpty()
        ? ProgressReport.firstDraft(period)
        : earlier.get(earlier.size() - 1).nextRevision();
  }
}
