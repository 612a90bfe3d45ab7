package org.fundtrack.reporting.entity;

/**
 * A progress report revision's state: drafted by the recipient, submitted, then accepted or
 * returned by the ministry. A returned revision is final; the recipient continues on the next.
 */
public enum ReportStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED
}
