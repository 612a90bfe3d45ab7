package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One recorded payment as the payments ledger lists it; {@code paidBy} is a display name. */
public record LedgerEntry(
    long paymentId,
    String paymentReference,
    String grantReference,
    String recipient,
    int fiscalYear,
    String fundCode,
    int instalmentNo,
    boolean holdback,
    LocalDate dueDate,
    LocalDate paidOn,
    BigDecimal amount,
    String paidBy) {}
