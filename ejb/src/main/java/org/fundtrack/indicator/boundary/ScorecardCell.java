package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.indicator.control.CellSuppression;

/**
 * One cell of a scorecard's detail: an indicator's actual for one period ({@code periodEnd}) or for
 * one value of a dimension ({@code dimension…}, {@code value…}); {@code value} is null unless
 * {@code shown} is EXACT.
 */
public record ScorecardCell(
    String indicatorCode,
    String indicatorEn,
    String indicatorFr,
    LocalDate periodEnd,
    String dimensionEn,
    String dimensionFr,
    String valueEn,
    String valueFr,
    BigDecimal value,
    CellSuppression.Shown shown,
    int threshold) {}
