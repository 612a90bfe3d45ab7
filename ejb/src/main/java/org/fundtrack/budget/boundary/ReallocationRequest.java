package org.fundtrack.budget.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.money.MoneyAmount;

/** Move {@code amount} of appropriation from one budget line to another, for a stated reason. */
public record ReallocationRequest(
    @NotNull(message = "{field.required}") Long fromBudgetLineId,
    @NotNull(message = "{field.required}") Long toBudgetLineId,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.01", message = "{money.positive}")
        @MoneyAmount
        BigDecimal amount,
    @NotBlank(message = "{budget.reallocation.reason.required}")
        @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
        String reason) {}
