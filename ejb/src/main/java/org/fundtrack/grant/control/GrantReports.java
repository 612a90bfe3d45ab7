package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the grant's own rules need to know of its progress reports: which periods' reports are
 * accepted (the payment gate, close-out), whether a report is in for the final period (an end-date
 * amendment), and the spending they accepted (the amount to recover). Reports belong to the
 * reporting feature, which sits above grant and answers this (CDI finds its one implementation), so
 * grant never depends on reporting.
 */
public interface GrantReports {

  /** Each reporting period of the grant, in order, with whether its report has been accepted. */
  List<ReportState> states(long grantId);

  /** True when a report that was not returned exists for the grant's final period. */
  boolean finalReportIn(long grantId);

  /** Total spending in the grant's accepted reports; null when they report none. */
  BigDecimal acceptedSpending(long grantId);
}
