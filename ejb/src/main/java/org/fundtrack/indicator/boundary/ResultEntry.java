package org.fundtrack.indicator.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.indicator.entity.Direction;

/**
 * One reported result (the overall figure of one indicator in one accepted or submitted progress
 * report) with the period's target. {@code value} is the exact number, {@code text} a qualitative
 * answer; whether the reader may see the number is the caller's to decide (see {@code
 * ScorecardPolicy}), using {@code countsPeople}. {@code reviewComment} is the officer's comment on
 * the report the result came in (null until it is reviewed).
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
    boolean countsPeople,
    int periodNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    String reportStatus,
    BigDecimal target,
    BigDecimal value,
    String text,
    String reviewComment) {}
