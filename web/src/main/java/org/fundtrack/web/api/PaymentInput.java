package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a payment: which instalment, paid on which day, under which reference (composed
 * constraints only, see {@link DecisionInput}).
 */
@JsonbPropertyOrder({"instalmentId", "paidOn", "paymentReference"})
@Schema(name = "PaymentInput")
public record PaymentInput(
    @NotNull(message = "{field.required}") Long instalmentId,
    @NotNull(message = "{field.required}") LocalDate paidOn,
    @PaymentReference String paymentReference) {}
