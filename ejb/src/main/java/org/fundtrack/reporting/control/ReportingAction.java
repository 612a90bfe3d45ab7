package org.fundtrack.reporting.control;

/** The things a user can do with progress reports, as {@link ReportingPermissions} names them. */
public enum ReportingAction {
  /** Write, save and submit a progress report (and its results) for the own organisation. */
  WRITE_REPORT,
  /** Attach a supporting file to the own organisation's report. */
  ATTACH,
  /** Read the queue of reports waiting for review, with their history. */
  REVIEW_QUEUE,
  /** Accept a submitted report or return it for revision. */
  REVIEW
}
