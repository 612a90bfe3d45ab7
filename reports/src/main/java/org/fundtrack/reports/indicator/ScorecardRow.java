package org.fundtrack.reports.indicator;

/**
 * One indicator line of a scorecard, every value already in words in the document's language.
 *
 * @param direction UP, DOWN or CONTEXT, shown localized
 * @param baseline "235 in 2019-20", or "No baseline"
 * @param target the target, or "No target"
 * @param actual the result as shown, a String because small counts are suppressed as "&lt;5"
 * @param status a scorecard status code (ON_TRACK, NO_TARGET, ...), shown localized
 * @param comparison the change from the baseline and the actual of each fiscal year, labelled;
 *     empty when there is neither
 */
public record ScorecardRow(
    String indicator,
    String unit,
    String direction,
    String baseline,
    String target,
    String actual,
    String status,
    String comparison) {}
