package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * "Record the payment of this instalment": the date it was paid, the payment's reference (e.g. the
 * cheque or EFT number) and an idempotency key the client generates once per intended payment and
 * sends again on every retry, so a double click, a resent form or a replayed request records one
 * payment.
 */
public record PaymentRequest(
    @NotNull(message = "{field.required}") Long grantId,
    @NotNull(message = "{field.required}") Long instalmentId,
    @NotNull(message = "{field.required}") LocalDate paidOn,
    @NotBlank(message = "{field.required}")
        @Size(max = 40, message = "{field.tooLong}")
        @Pattern(regexp = "\\S(.*\\S)?", message = "{grant.payment.reference.untrimmed}")
        String paymentReference,
    @NotBlank(message = "{field.required}") @Size(max = 64, message = "{field.tooLong}")
        String idempotencyKey) {}
