package org.fundtrack.reporting.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.MoneyAmount;

/** Spending reported on one expense category for the period, and why it is off budget if it is. */
public record SpendingInput(
    @NotBlank(message = "{field.required}") String expenseCategory,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.00", message = "{money.notNegative}")
        @MoneyAmount
        BigDecimal amount,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String varianceExplanation) {}
