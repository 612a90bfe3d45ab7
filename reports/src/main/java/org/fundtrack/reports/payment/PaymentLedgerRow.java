package org.fundtrack.reports.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment instalment in the payments ledger, paid or scheduled.
 *
 * @param status SCHEDULED, RELEASED, PAID or CANCELLED, shown localized
 * @param holdback true for the holdback instalment paid after the final report
 */
public record PaymentLedgerRow(
    String paymentReference,
    String grantReference,
    String recipient,
    String fiscalYear,
    String budgetLine,
    int instalment,
    boolean holdback,
    LocalDate dueDate,
    LocalDate paidDate,
    BigDecimal amount,
    String status,
    String comment) {}
