package org.fundtrack.budget.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.shared.entity.ColumnLimits;

/** Move {@code amount} of appropriation from one budget line to another, for a stated reason. */
public record ReallocationRequest(
    @NotNull(message = "{field.required}") Long fromBudgetLineId,
    @NotNull(message = "{field.required}") Long toBudgetLineId,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.01", message = "{money.positive}")
        @Digits(integer = 17, fraction = 2, message = "{money.digits}")
        BigDecimal amount,
    @NotBlank(message = "{budget.reallocation.reason.required}")
        @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
        String reason) {}
