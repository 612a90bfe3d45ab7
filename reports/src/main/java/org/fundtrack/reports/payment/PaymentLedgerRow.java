package org.fundtrack.reports.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One recorded payment in the payments ledger, with the instalment it paid.
 *
 * @param holdback true for the holdback instalment paid after the final report
 * @param paidBy the officer who recorded the payment
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
    String paidBy) {}
