package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.fundtrack.shared.money.MoneyAmount;

/** A grant's share of one fiscal year, named by its start year (2025 for 2025-26). */
public record YearShare(
    @NotNull(message = "{field.required}")
        @Min(value = 2000, message = "{grant.fiscalYear.range}")
        @Max(value = 2099, message = "{grant.fiscalYear.range}")
        Integer fiscalYear,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.01", message = "{money.positive}")
        @MoneyAmount
        BigDecimal amount) {}
