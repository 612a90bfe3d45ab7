package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.grant.entity.AmendmentType;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A proposed amendment: what kind, what it changes in words and why, and the new total or end date
 * when it changes them. For a termination the new total and end date are worked out (what was paid,
 * and today), so any given here are ignored.
 */
public record AmendmentRequest(
    @NotNull(message = "{field.required}") AmendmentType type,
    @NotBlank(message = "{field.required}")
        @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
        String description,
    @NotBlank(message = "{field.required}")
        @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
        String reason,
    @DecimalMin(value = "0.01", message = "{grant.amount.positive}") @MoneyAmount
        BigDecimal newTotalAmount,
    LocalDate newEndDate) {}
