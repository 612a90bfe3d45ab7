package org.fundtrack.reporting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.fundtrack.indicator.entity.IndicatorValue;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * The actual of one indicator of the agreement for the period: a number for a measured indicator, a
 * text for a qualitative one, and optionally its breakdown by the values of the dimensions the
 * indicator declares ({@code "GENDER:WOMAN"} → count).
 */
public record ActualInput(
    @NotBlank(message = "{field.required}") String indicatorCode,
    @IndicatorValue BigDecimal value,
    @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}") String text,
    Map<
            @NotBlank(message = "{field.required}") String,
            @NotNull(message = "{field.required}") @IndicatorValue BigDecimal>
        breakdown) {

  /** One constructor only: JSON-B builds records through their single canonical constructor. */
  public ActualInput {
    breakdown = breakdown == null ? Map.of() : Map.copyOf(breakdown);
  }
}
