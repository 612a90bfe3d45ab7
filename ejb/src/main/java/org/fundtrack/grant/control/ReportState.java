package org.fundtrack.grant.control;

import java.time.LocalDate;

/** A reporting period as the payment gate sees it: when its report is due, and whether accepted. */
public record ReportState(
    int sequenceNo, LocalDate dueDate, boolean finalReport, boolean accepted) {}
