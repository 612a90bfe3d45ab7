package org.fundtrack.reporting.entity;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.indicator.entity.DimensionValue;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.IndicatorValue;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * The actual value of one of the grant's indicators for the report's period, overall or for one
 * dimension value: a number for measured indicators, a text for qualitative ones, never both. The
 * indicator must be one of the report's own grant and allow the breakdown used. The generated
 * column {@code dimension_key} is maintained by the database and not mapped.
 */
@Entity
@Table(name = "indicator_result")
public class IndicatorResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "progress_report_id", nullable = false, updatable = false)
  private ProgressReport progressReport;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_indicator_id", nullable = false, updatable = false)
  private GrantIndicator grantIndicator;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "dimension_value_id", updatable = false)
  private DimensionValue dimensionValue;

  @IndicatorValue
  @Column(name = "numeric_value", precision = 19, scale = 4)
  private BigDecimal numericValue;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "text_value")
  private String textValue;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected IndicatorResult() {}

  /**
   * A measured result for {@code report}; {@code dimensionValue} null for the overall value.
   *
   * @throws BusinessRuleViolation {@code report.result.otherGrant}, {@code
   *     indicator.breakdownNotAllowed}, {@code report.notEditable} or see {@link #recordNumber}
   */
  public static IndicatorResult number(
      ProgressReport report,
      GrantIndicator grantIndicator,
      DimensionValue dimensionValue,
      BigDecimal value) {
    IndicatorResult result = new IndicatorResult(report, grantIndicator, dimensionValue);
    result.recordNumber(value);
    return result;
  }

  /** A qualitative result for {@code report}; otherwise as {@link #number}. */
  public static IndicatorResult text(
      ProgressReport report,
      GrantIndicator grantIndicator,
      DimensionValue dimensionValue,
      String text) {
    IndicatorResult result = new IndicatorResult(report, grantIndicator, dimensionValue);
    result.recordText(text);
    return result;
  }

  private IndicatorResult(
      ProgressReport report, GrantIndicator grantIndicator, DimensionValue dimensionValue) {
    report.requireEditable();
    if (!sameGrant(report.getGrant(), grantIndicator.getGrant())) {
      throw BusinessRuleViolation.invalid(
          "report.result.otherGrant", grantIndicator.getIndicator().getCode());
    }
    Indicator indicator = grantIndicator.getIndicator();
    if (!indicator.allowsBreakdownBy(dimensionValue)) {
      throw BusinessRuleViolation.invalid(
          "indicator.breakdownNotAllowed", indicator.getCode(), dimensionValue.getCode());
    }
    this.progressReport = report;
    this.grantIndicator = grantIndicator;
    this.dimensionValue = dimensionValue;
  }

  private static boolean sameGrant(GrantAgreement a, GrantAgreement b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  /**
   * Records a measured value.
   *
   * @throws BusinessRuleViolation {@code report.result.textExpected} for a qualitative indicator,
   *     or as {@link Indicator#checkValue}
   */
  public void recordNumber(BigDecimal value) {
    progressReport.requireEditable();
    Indicator indicator = grantIndicator.getIndicator();
    if (!indicator.getMeasureType().isNumeric()) {
      throw BusinessRuleViolation.invalid("report.result.textExpected", indicator.getCode());
    }
    indicator.checkValue(value);
    numericValue = value;
    textValue = null;
  }

  /**
   * Records a qualitative result.
   *
   * @throws BusinessRuleViolation {@code report.result.numberExpected} for a measured indicator
   */
  public void recordText(String text) {
    progressReport.requireEditable();
    Indicator indicator = grantIndicator.getIndicator();
    if (indicator.getMeasureType().isNumeric()) {
      throw BusinessRuleViolation.invalid("report.result.numberExpected", indicator.getCode());
    }
    if (text == null || text.isBlank()) {
      throw BusinessRuleViolation.invalid("report.result.textExpected", indicator.getCode());
    }
    textValue = text;
    numericValue = null;
  }

  public Long getId() {
    return id;
  }

  public ProgressReport getProgressReport() {
    return progressReport;
  }

  public GrantIndicator getGrantIndicator() {
    return grantIndicator;
  }

  public DimensionValue getDimensionValue() {
    return dimensionValue;
  }

  public BigDecimal getNumericValue() {
    return numericValue;
  }

  public String getTextValue() {
    return textValue;
  }

  public long getVersion() {
    return version;
  }
}
