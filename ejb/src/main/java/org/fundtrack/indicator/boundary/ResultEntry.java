package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.indicator.control.ReportedFigure;
import org.fundtrack.indicator.entity.Direction;

/**
 * One reported result (the overall figure of one indicator in one accepted or submitted progress
 * report) with the period's target. {@code figure} is the result as the reader may see it (a small
 * count about people withheld outside the reporting organisation). {@code reviewComment} is the
 * officer's comment on the report the result came in (null until it is reviewed).
 */
public record ResultEntry(
    long id,
    String grantReference,
    long recipientId,
    String recipient,
    String indicatorCode,
    String indicatorNameEn,
    String indicatorNameFr,
    String unit,
    Direction direction,
    int periodNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    String reportStatus,
    BigDecimal target,
    ReportedFigure figure,
    String reviewComment) {}
