package org.fundtrack.reports.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reported result of one indicator on one grant.
 *
 * @param actual the result as shown, a String because small counts are suppressed as "&lt;5"
 * @param status an indicator status code (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA), shown localized
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
    String comment) {}
