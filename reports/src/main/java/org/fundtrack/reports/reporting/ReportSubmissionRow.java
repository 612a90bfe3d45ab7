package org.fundtrack.reports.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One progress report of a grant as the ministry received it: each submitted revision of each
 * period, or a period with nothing submitted.
 *
 * @param period the period in words: "Period 1 (April 1, 2024 – September 30, 2024)"
 * @param revision null for a period with nothing submitted
 * @param status SUBMITTED, RETURNED, ACCEPTED, DUE, OVERDUE or NOT_SUBMITTED, shown localized
 * @param spent what the report declared as spent in the period
 */
public record ReportSubmissionRow(
    String period,
    LocalDate dueDate,
    Integer revision,
    String status,
    LocalDate submittedOn,
    String submittedBy,
    BigDecimal spent,
    LocalDate reviewedOn,
    String reviewedBy,
    String comment) {}
