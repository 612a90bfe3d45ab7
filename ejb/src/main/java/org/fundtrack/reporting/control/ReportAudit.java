package org.fundtrack.reporting.control;

import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.security.entity.AppUser;

/** The audited fields of a progress report, as its audit entries record them. */
public final class ReportAudit {

  private ReportAudit() {}

  public static AuditedState of(ProgressReport r) {
    return AuditedState.of("ProgressReport", r.getId())
        .field("grant_id", r.getGrant().getId())
        .field("reporting_period_id", r.getReportingPeriod().getId())
        .field("revision", r.getRevision())
        .field("status", r.getStatus())
        .field("submitted_by", username(r.getSubmittedBy()))
        .field("reviewed_by", username(r.getReviewedBy()))
        .field("review_comment", r.getReviewComment())
        .build();
  }

  private static String username(AppUser user) {
    return user == null ? null : user.getUsername();
  }
}
