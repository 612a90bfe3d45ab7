package org.fundtrack.reports.indicator;

import java.math.BigDecimal;

/**
 * One indicator line of a scorecard.
 *
 * @param direction UP, DOWN or TARGET, shown localized
 * @param actual the result as shown, a String because small counts are suppressed as "&lt;5"
 * @param status ON_TRACK, AT_RISK, OFF_TRACK or NO_DATA, shown localized
 */
public record ScorecardRow(
    String indicator,
    String unit,
    String direction,
    BigDecimal target,
    String actual,
    String status) {}
