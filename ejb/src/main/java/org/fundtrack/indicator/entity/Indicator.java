package org.fundtrack.indicator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An outcome indicator in the catalogue: what is measured, in which unit, which way is better, from
 * which baseline, and by which dimensions it may be broken down. It keeps its classification
 * consistent: only summable measures are aggregatable, only counts may count people (whose small
 * values are suppressed when published), and qualitative indicators have no baseline and no simple
 * direction.
 *
 * <p>Over 300 lines for a reason: it is an aggregate root whose fields are its columns; the rules
 * that keep the classification, unit and baseline consistent read several of them at once, so they
 * stay with the fields, and the rest is one accessor per column.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends TimestampedEntity {

  /** The display units an indicator may have, as the unit column holds them. */
  public static final List<String> UNITS =
      List.of("count", "percent", "seconds", "minutes", "CAD", "text");

  /** {@link #UNITS} as a Bean Validation pattern, for the parameters that set a unit. */
  public static final String UNIT_PATTERN = "count|percent|seconds|minutes|CAD|text";

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotBlank(message = "{field.required}")
  @Size(max = 40, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private BilingualName name;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_en")
  private String descriptionEn;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description_fr")
  private String descriptionFr;

  /** Display unit: count, percent, seconds, minutes, CAD, text. */
  @NotBlank(message = "{field.required}")
  @Size(max = 20, message = "{field.tooLong}")
  @Column(name = "unit", nullable = false, length = 20)
  private String unit;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "measure_type", nullable = false, length = 20)
  private MeasureType measureType;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 10)
  private Direction direction;

  @Column(name = "aggregatable", nullable = false)
  private boolean aggregatable;

  @Column(name = "counts_people", nullable = false)
  private boolean countsPeople;

  @IndicatorValue
  @Column(name = "baseline_value", precision = 19, scale = 4)
  private BigDecimal baselineValue;

  /** Fiscal year of the baseline, as its start year (2019 = 2019-20). */
  @Min(value = 2000, message = "{indicator.baselineYear.range}")
  @Max(value = 2099, message = "{indicator.baselineYear.range}")
  @Column(name = "baseline_year")
  private Integer baselineYear;

  /** Where the baseline comes from (a survey, an evaluation), in English and French. */
  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "baseline_source_en", length = 300)
  private String baselineSourceEn;

  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "baseline_source_fr", length = 300)
  private String baselineSourceFr;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @ManyToMany
  @JoinTable(
      name = "indicator_dimension",
      joinColumns = @JoinColumn(name = "indicator_id"),
      inverseJoinColumns = @JoinColumn(name = "dimension_id"))
  private Set<Dimension> dimensions = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Indicator() {}

  /** A new, not aggregatable indicator about no people, with no baseline. */
  public Indicator(
      String code,
      String nameEn,
      String nameFr,
      String unit,
      MeasureType measureType,
      Direction direction) {
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
    this.unit = unit;
    classify(measureType, direction, false, false);
  }

  /**
   * Sets how the indicator is measured and combined.
   *
   * @throws BusinessRuleViolation {@code indicator.notSummable}, {@code indicator.peopleNotCounted}
   *     or {@code indicator.qualitativeHasDirection}
   */
  public void classify(
      MeasureType measureType, Direction direction, boolean aggregatable, boolean countsPeople) {
    if (aggregatable && !measureType.isSummable()) {
      throw BusinessRuleViolation.invalid("indicator.notSummable", code, measureType);
    }
    if (countsPeople && measureType != MeasureType.COUNT) {
      throw BusinessRuleViolation.invalid("indicator.peopleNotCounted", code, measureType);
    }
    if (measureType == MeasureType.QUALITATIVE
        && (direction != Direction.CONTEXT || baselineValue != null)) {
      throw BusinessRuleViolation.invalid("indicator.qualitativeHasDirection", code);
    }
    this.measureType = measureType;
    this.direction = direction;
    this.aggregatable = aggregatable;
    this.countsPeople = countsPeople;
  }

  /**
   * Sets the baseline and the fiscal year (start year) it was measured in.
   *
   * @throws BusinessRuleViolation {@code indicator.baseline.qualitative} for a qualitative
   *     indicator, or as {@link #checkValue}
   */
  public void setBaseline(BigDecimal value, int startYear) {
    if (!measureType.isNumeric()) {
      throw BusinessRuleViolation.invalid("indicator.baseline.qualitative", code);
    }
    checkValue(value);
    baselineValue = value;
    baselineYear = startYear;
  }

  /** Names where the baseline comes from, in English and French (null when unknown). */
  public void sourceBaseline(String sourceEn, String sourceFr) {
    baselineSourceEn = sourceEn;
    baselineSourceFr = sourceFr;
  }

  public void clearBaseline() {
    baselineValue = null;
    baselineYear = null;
    baselineSourceEn = null;
    baselineSourceFr = null;
  }

  /**
   * Refuses a value this indicator cannot take, for targets and results alike.
   *
   * @throws BusinessRuleViolation {@code indicator.value.negative} below zero, {@code
   *     indicator.value.percentAbove100} for a percentage above 100
   */
  public void checkValue(BigDecimal value) {
    if (value.signum() < 0) {
      throw BusinessRuleViolation.invalid("indicator.value.negative", value);
    }
    if (measureType == MeasureType.PERCENT && value.compareTo(ONE_HUNDRED) > 0) {
      throw BusinessRuleViolation.invalid("indicator.value.percentAbove100", code, value);
    }
  }

  /** Allows results and targets to be broken down by {@code dimension}. */
  public void allowBreakdownBy(Dimension dimension) {
    dimensions.add(dimension);
  }

  public void disallowBreakdownBy(Dimension dimension) {
    dimensions.remove(dimension);
  }

  /** True for the overall value (null) and for values of a dimension this indicator allows. */
  public boolean allowsBreakdownBy(DimensionValue value) {
    return value == null || dimensions.contains(value.getDimension());
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public String description(Locale locale) {
    return Bilingual.pick(locale, descriptionEn, descriptionFr);
  }

  public void rename(String nameEn, String nameFr) {
    this.name = new BilingualName(nameEn, nameFr);
  }

  public void describe(String descriptionEn, String descriptionFr) {
    this.descriptionEn = descriptionEn;
    this.descriptionFr = descriptionFr;
  }

  public void activate() {
    active = true;
  }

  public void deactivate() {
    active = false;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public BilingualName getName() {
    return name;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public MeasureType getMeasureType() {
    return measureType;
  }

  public Direction getDirection() {
    return direction;
  }

  public boolean isAggregatable() {
    return aggregatable;
  }

  public boolean isCountsPeople() {
    return countsPeople;
  }

  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  public Integer getBaselineYear() {
    return baselineYear;
  }

  public String getBaselineSourceEn() {
    return baselineSourceEn;
  }

  public String getBaselineSourceFr() {
    return baselineSourceFr;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Dimension> getDimensions() {
    return Collections.unmodifiableSet(dimensions);
  }

  public long getVersion() {
    return version;
  }
}
