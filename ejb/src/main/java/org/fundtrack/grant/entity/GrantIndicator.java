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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.IndicatorValue;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An indicator a grant agreement commits its recipient to report on; targets and results hang off
 * it. Only active catalogue indicators can be added to a grant. It may carry a baseline of its own
 * (the recipient's figure before the agreement); without one, the catalogue's baseline applies.
 */
@Entity
@Table(name = "grant_indicator")
public class GrantIndicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
  private Indicator indicator;

  @IndicatorValue
  @Column(name = "baseline_value", precision = 19, scale = 4)
  private BigDecimal baselineValue;

  /** Fiscal year of the baseline, as its start year (2019 = 2019-20). */
  @Min(value = 2000, message = "{indicator.baselineYear.range}")
  @Max(value = 2099, message = "{indicator.baselineYear.range}")
  @Column(name = "baseline_year")
  private Integer baselineYear;

  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "baseline_source_en", length = 300)
  private String baselineSourceEn;

  @Size(max = 300, message = "{field.tooLong}")
  @Column(name = "baseline_source_fr", length = 300)
  private String baselineSourceFr;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected GrantIndicator() {}

  /**
   * @throws BusinessRuleViolation {@code indicator.inactive} for an indicator withdrawn from the
   *     catalogue
   */
  public GrantIndicator(GrantAgreement grant, Indicator indicator) {
    if (!indicator.isActive()) {
      throw BusinessRuleViolation.invalid("indicator.inactive", indicator.getCode());
    }
    this.grant = grant;
    this.indicator = indicator;
  }

  /**
   * Sets this grant's own baseline: its value, the fiscal year (start year) it was measured in and
   * where it comes from, in English and French.
   *
   * @throws BusinessRuleViolation {@code indicator.baseline.qualitative} for a qualitative
   *     indicator, or as {@link Indicator#checkValue}
   */
  public void setBaseline(BigDecimal value, int startYear, String sourceEn, String sourceFr) {
    if (!indicator.getMeasureType().isNumeric()) {
      throw BusinessRuleViolation.invalid("indicator.baseline.qualitative", indicator.getCode());
    }
    indicator.checkValue(value);
    baselineValue = value;
    baselineYear = startYear;
    baselineSourceEn = sourceEn;
    baselineSourceFr = sourceFr;
  }

  /** Drops this grant's own baseline, so the catalogue's applies again. */
  public void clearBaseline() {
    baselineValue = null;
    baselineYear = null;
    baselineSourceEn = null;
    baselineSourceFr = null;
  }

  /** Whether the grant has a baseline of its own rather than the catalogue's. */
  public boolean hasOwnBaseline() {
    return baselineValue != null;
  }

  /** Whether this is the same row as {@code other}, or the same object before it has one. */
  public boolean isSameAs(GrantIndicator other) {
    return other != null && (this == other || (id != null && id.equals(other.id)));
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public Indicator getIndicator() {
    return indicator;
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

  public long getVersion() {
    return version;
  }
}
