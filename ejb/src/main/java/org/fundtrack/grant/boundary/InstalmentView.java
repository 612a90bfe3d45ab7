package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.grant.entity.InstalmentStatus;

/**
 * One scheduled payment of a grant and, once paid, the day it was paid.
 *
 * @param id the instalment's id, which a payment names
 * @param fiscalYear start year of the fiscal year whose budget line it draws on
 * @param paidOn null until paid
 * @param paymentReference the payment's reference; null until paid
 */
public record InstalmentView(
    long id,
    int sequenceNo,
    LocalDate dueDate,
    BigDecimal amount,
    boolean holdback,
    InstalmentStatus status,
    int fiscalYear,
    LocalDate paidOn,
    String paymentReference) {}
