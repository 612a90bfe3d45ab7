package org.fundtrack.grant.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.fundtrack.indicator.entity.IndicatorValue;

/**
 * An indicator the grant will report on (by catalogue code, e.g. "PEOPLE_SERVED") with its target
 * for each reporting period, keyed by the period's number (1 for the first; periods without a
 * target are simply not keyed), and optionally the grant's own baseline (null: the catalogue's
 * applies).
 */
public record IndicatorTargets(
    @NotBlank(message = "{field.required}") String indicatorCode,
    @NotNull(message = "{field.required}")
        Map<
                @NotNull(message = "{field.required}") @Min(value = 1, message = "{field.sequence}")
                Integer,
                @NotNull(message = "{field.required}") @IndicatorValue BigDecimal>
            targetsByPeriod,
    @Valid Baseline baseline) {

  /**
   * Where the grant's results start from: the recipient's own figure for a fiscal year (its start
   * year, 2019 = 2019-20) before the agreement, and where it comes from.
   */
  public record Baseline(
      @NotNull(message = "{field.required}") @IndicatorValue BigDecimal value,
      @NotNull(message = "{field.required}")
          @Min(value = 2000, message = "{indicator.baselineYear.range}")
          @Max(value = 2099, message = "{indicator.baselineYear.range}")
          Integer fiscalYear,
      @Size(max = 300, message = "{field.tooLong}") String sourceEn,
      @Size(max = 300, message = "{field.tooLong}") String sourceFr) {}
}
