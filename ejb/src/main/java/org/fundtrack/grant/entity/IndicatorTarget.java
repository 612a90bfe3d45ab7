package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.indicator.entity.DimensionValue;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.IndicatorValue;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * A target for one of a grant's indicators, set either for one reporting period or for a whole
 * fiscal year (exactly one of the two, so the factories below are the only way in), overall or for
 * one dimension value the indicator may be broken down by. The period must be one of the grant's
 * own; the table's generated key columns (period_key, fiscal_year_key, dimension_key) are
 * maintained by the database and deliberately not mapped.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_indicator_id", nullable = false, updatable = false)
  private GrantIndicator grantIndicator;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reporting_period_id", updatable = false)
  private ReportingPeriod reportingPeriod;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "fiscal_year_id", updatable = false)
  private FiscalYear fiscalYear;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "dimension_value_id", updatable = false)
  private DimensionValue dimensionValue;

  @NotNull(message = "{field.required}")
  @IndicatorValue
  @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal targetValue;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected IndicatorTarget() {}

  private IndicatorTarget(
      GrantIndicator grantIndicator,
      ReportingPeriod period,
      FiscalYear fiscalYear,
      DimensionValue dimensionValue,
      BigDecimal targetValue) {
    Indicator indicator = grantIndicator.getIndicator();
    if (!indicator.getMeasureType().isNumeric()) {
      throw BusinessRuleViolation.invalid("indicator.target.qualitative", indicator.getCode());
    }
    if (!indicator.allowsBreakdownBy(dimensionValue)) {
      throw BusinessRuleViolation.invalid(
          "indicator.breakdownNotAllowed", indicator.getCode(), dimensionValue.getCode());
    }
    this.grantIndicator = grantIndicator;
    this.reportingPeriod = period;
    this.fiscalYear = fiscalYear;
    this.dimensionValue = dimensionValue;
    changeValue(targetValue);
  }

  /**
   * A target for one of the grant's reporting periods; {@code dimensionValue} null for overall.
   *
   * @throws BusinessRuleViolation {@code indicator.target.otherGrant} for another grant's period
   */
  public static IndicatorTarget forPeriod(
      GrantIndicator grantIndicator,
      ReportingPeriod period,
      DimensionValue dimensionValue,
      BigDecimal targetValue) {
    if (!sameGrant(grantIndicator.getGrant(), period.getGrant())) {
      throw BusinessRuleViolation.invalid("indicator.target.otherGrant", period.getSequenceNo());
    }
    return new IndicatorTarget(grantIndicator, period, null, dimensionValue, targetValue);
  }

  /** A target for a whole fiscal year; {@code dimensionValue} null for overall. */
  public static IndicatorTarget forFiscalYear(
      GrantIndicator grantIndicator,
      FiscalYear fiscalYear,
      DimensionValue dimensionValue,
      BigDecimal targetValue) {
    return new IndicatorTarget(grantIndicator, null, fiscalYear, dimensionValue, targetValue);
  }

  private static boolean sameGrant(GrantAgreement a, GrantAgreement b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  /** Sets the target, checked as {@link Indicator#checkValue} does. */
  public void changeValue(BigDecimal targetValue) {
    grantIndicator.getIndicator().checkValue(targetValue);
    this.targetValue = targetValue;
  }

  public Long getId() {
    return id;
  }

  public GrantIndicator getGrantIndicator() {
    return grantIndicator;
  }

  public ReportingPeriod getReportingPeriod() {
    return reportingPeriod;
  }

  public FiscalYear getFiscalYear() {
    return fiscalYear;
  }

  public DimensionValue getDimensionValue() {
    return dimensionValue;
  }

  public BigDecimal getTargetValue() {
    return targetValue;
  }

  public long getVersion() {
    return version;
  }
}
