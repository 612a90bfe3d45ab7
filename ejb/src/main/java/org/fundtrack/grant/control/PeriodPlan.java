package org.fundtrack.grant.control;

import java.time.LocalDate;

/** One planned reporting period: its dates, when its report is due, and whether it is the last. */
public record PeriodPlan(
    int sequenceNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    boolean finalReport) {}
