package org.fundtrack.reports.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reported result of one indicator on one grant.
 *
 * @param unit the unit in words
 * @param period the period in words: "Period 1 (April 1, 2026 – June 30, 2026)"
 * @param actual the result as shown, a String because small counts are suppressed as "&lt;5"
 * @param status an indicator status code (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA), shown localized
 * @param reportStatus SUBMITTED or ACCEPTED: the state of the report the result came in
 * @param comment the officer's review comment on that report
 */
public record IndicatorResultRow(
    String grantReference,
    String recipient,
    String indicator,
    String unit,
    String period,
    LocalDate periodEnd,
    BigDecimal target,
    String actual,
    String status,
    String reportStatus,
    String comment) {}
