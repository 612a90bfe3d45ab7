package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded payment. {@code replayed} is true when the request repeated one already recorded (same
 * idempotency key): this is that first payment, and nothing new was recorded.
 */
public record PaymentReceipt(
    long paymentId,
    long grantId,
    long instalmentId,
    BigDecimal amount,
    LocalDate paidOn,
    String paymentReference,
    boolean replayed) {}
