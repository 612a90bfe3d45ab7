package org.fundtrack.reports.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One progress report of a grant: when it was due, when submitted, its review and what it declared
 * as spent in the period.
 *
 * @param status DUE, SUBMITTED, ACCEPTED or RETURNED, shown localized
 */
public record ReportSubmissionRow(
    String period,
    LocalDate dueDate,
    LocalDate submittedOn,
    String status,
    BigDecimal spent,
    String reviewedBy,
    String comment) {}
