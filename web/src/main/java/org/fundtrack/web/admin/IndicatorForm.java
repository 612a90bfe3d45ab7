package org.fundtrack.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import org.fundtrack.indicator.boundary.IndicatorInput;
import org.fundtrack.indicator.boundary.IndicatorRow;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;

/**
 * What the indicator dialog collects, as the inputs bind to it, with the version of the indicator
 * it was opened on. The rules live on {@link IndicatorInput}; this only carries the values there.
 */
public class IndicatorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String code;
  private String nameEn;
  private String nameFr;
  private String unit;
  private MeasureType measureType;
  private Direction direction;
  private DimensionCode[] dimensions = {};
  private boolean aggregatable;
  private boolean countsPeople;
  private boolean active = true;
  private BigDecimal baselineValue;
  private Integer baselineYear;
  private String baselineSourceEn;
  private String baselineSourceFr;

  /** An empty form for a new indicator, in use. */
  public static IndicatorForm blank() {
    return new IndicatorForm();
  }

  /** A form holding an existing indicator as the list read it. */
  public static IndicatorForm of(IndicatorRow row) {
    IndicatorForm form = new IndicatorForm();
    form.id = row.id();
    form.version = row.version();
    form.code = row.code();
    form.nameEn = row.nameEn();
    form.nameFr = row.nameFr();
    form.unit = row.unit();
    form.measureType = row.measureType();
    form.direction = row.direction();
    form.dimensions = row.dimensions().toArray(DimensionCode[]::new);
    form.aggregatable = row.aggregatable();
    form.countsPeople = row.countsPeople();
    form.active = row.active();
    form.baselineValue = row.baselineValue();
    form.baselineYear = row.baselineYear();
    form.baselineSourceEn = row.baselineSourceEn();
    form.baselineSourceFr = row.baselineSourceFr();
    return form;
  }

  public IndicatorInput toInput() {
    return new IndicatorInput(
        code,
        nameEn,
        nameFr,
        unit,
        measureType,
        direction,
        dimensions == null ? Set.of() : Set.copyOf(Arrays.asList(dimensions)),
        aggregatable,
        countsPeople,
        active,
        baselineValue,
        baselineYear,
        baselineSourceEn,
        baselineSourceFr);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
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

  public void setMeasureType(MeasureType measureType) {
    this.measureType = measureType;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public DimensionCode[] getDimensions() {
    return dimensions.clone();
  }

  public void setDimensions(DimensionCode[] dimensions) {
    this.dimensions = dimensions == null ? new DimensionCode[0] : dimensions.clone();
  }

  public boolean isAggregatable() {
    return aggregatable;
  }

  public void setAggregatable(boolean aggregatable) {
    this.aggregatable = aggregatable;
  }

  public boolean isCountsPeople() {
    return countsPeople;
  }

  public void setCountsPeople(boolean countsPeople) {
    this.countsPeople = countsPeople;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public BigDecimal getBaselineValue() {
    return baselineValue;
  }

  public void setBaselineValue(BigDecimal baselineValue) {
    this.baselineValue = baselineValue;
  }

  public Integer getBaselineYear() {
    return baselineYear;
  }

  public void setBaselineYear(Integer baselineYear) {
    this.baselineYear = baselineYear;
  }

  public String getBaselineSourceEn() {
    return baselineSourceEn;
  }

  public void setBaselineSourceEn(String baselineSourceEn) {
    this.baselineSourceEn = baselineSourceEn;
  }

  public String getBaselineSourceFr() {
    return baselineSourceFr;
  }

  public void setBaselineSourceFr(String baselineSourceFr) {
    this.baselineSourceFr = baselineSourceFr;
  }
}
