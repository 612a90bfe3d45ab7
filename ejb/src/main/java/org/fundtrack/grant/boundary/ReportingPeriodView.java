package org.fundtrack.grant.boundary;

import java.time.LocalDate;

/** One period the recipient reports on, and when its report is due. */
public record ReportingPeriodView(
    int sequenceNo,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    boolean finalReport) {}
