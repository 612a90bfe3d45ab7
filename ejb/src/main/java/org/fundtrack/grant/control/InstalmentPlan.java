package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned payment instalment: drawn on the budget line of {@code fiscalYear} (the grant's year
 * share for that year), due on {@code dueDate}; the holdback is the last one.
 */
public record InstalmentPlan(
    int sequenceNo, int fiscalYear, LocalDate dueDate, BigDecimal amount, boolean holdback) {}
