package org.fundtrack.grant.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An indicator the grant will report on (by catalogue code, e.g. "PEOPLE_SERVED") with its target
 * for each reporting period, keyed by the period's number (1 for the first); periods without a
 * target are simply not keyed.
 */
public record IndicatorTargets(
    @NotBlank(message = "{field.required}") String indicatorCode,
    @NotNull(message = "{field.required}")
        Map<
                @NotNull(message = "{field.required}") @Min(value = 1, message = "{field.sequence}")
                Integer,
                @NotNull(message = "{field.required}")
                @DecimalMin(value = "0", message = "{indicator.value.notNegative}")
                @Digits(integer = 15, fraction = 4, message = "{indicator.value.digits}")
                BigDecimal>
            targetsByPeriod) {}
