package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.fundtrack.shared.money.MoneyAmount;

/** The grant's budget for one expense category, named by its code (e.g. "COUNSELLING"). */
public record BudgetItemShare(
    @NotBlank(message = "{field.required}") String expenseCategory,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.00", message = "{money.notNegative}")
        @MoneyAmount
        BigDecimal amount) {}
