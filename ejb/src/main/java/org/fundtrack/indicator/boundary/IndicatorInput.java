package org.fundtrack.indicator.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.IndicatorValue;
import org.fundtrack.indicator.entity.MeasureType;

/**
 * A catalogue indicator as an administrator enters it. The code is fixed once created (an update
 * ignores it); the baseline's value and fiscal year come together or not at all, and its sources
 * only with them. Rules that depend on the measure type (qualitative indicators have no baseline,
 * only summable measures are aggregatable) are the entity's.
 *
 * @param baselineYear the baseline's fiscal year by its start year (2019 = 2019-20)
 */
public record IndicatorInput(
    @NotBlank(message = "{field.required}")
        @Size(max = 40, message = "{field.tooLong}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{indicator.catalogue.code.pattern}")
        String code,
    @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
        String nameEn,
    @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
        String nameFr,
    @NotNull(message = "{field.required}")
        @Pattern(regexp = Indicator.UNIT_PATTERN, message = "{indicator.catalogue.unit.unknown}")
        String unit,
    @NotNull(message = "{field.required}") MeasureType measureType,
    @NotNull(message = "{field.required}") Direction direction,
    @NotNull(message = "{field.required}") Set<@NotNull DimensionCode> dimensions,
    boolean aggregatable,
    boolean countsPeople,
    boolean active,
    @IndicatorValue BigDecimal baselineValue,
    @Min(value = 2000, message = "{indicator.baselineYear.range}")
        @Max(value = 2099, message = "{indicator.baselineYear.range}")
        Integer baselineYear,
    @Size(max = 300, message = "{field.tooLong}") String baselineSourceEn,
    @Size(max = 300, message = "{field.tooLong}") String baselineSourceFr) {

  public IndicatorInput {
    dimensions = dimensions == null ? null : Set.copyOf(dimensions);
  }

  /** Whether the indicator has a baseline (value and year). */
  public boolean hasBaseline() {
    return baselineValue != null && baselineYear != null;
  }

  /** A year without a value is refused on the value: "give the value measured that year". */
  @AssertTrue(message = "{indicator.catalogue.baseline.valueMissing}")
  public boolean isValueGivenWithYear() {
    return baselineYear == null || baselineValue != null;
  }

  /** A value without a year is refused on the year. */
  @AssertTrue(message = "{indicator.catalogue.baseline.yearMissing}")
  public boolean isYearGivenWithValue() {
    return baselineValue == null || baselineYear != null;
  }

  /** A source says where a baseline comes from, so there is none without a baseline. */
  @AssertTrue(message = "{indicator.catalogue.baseline.sourceWithoutValue}")
  public boolean isSourceGivenWithBaseline() {
    return baselineValue != null || (isBlank(baselineSourceEn) && isBlank(baselineSourceFr));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
