package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A payment instalment entered by hand: drawn on the line of {@code fiscalYear}, due on {@code
 * dueDate}; the holdback must be the last one.
 */
public record InstalmentShare(
    @NotNull(message = "{field.required}")
        @Min(value = 2000, message = "{grant.fiscalYear.range}")
        @Max(value = 2099, message = "{grant.fiscalYear.range}")
        Integer fiscalYear,
    @NotNull(message = "{field.required}") LocalDate dueDate,
    @NotNull(message = "{field.required}")
        @DecimalMin(value = "0.01", message = "{money.positive}")
        @MoneyAmount
        BigDecimal amount,
    boolean holdback) {}
