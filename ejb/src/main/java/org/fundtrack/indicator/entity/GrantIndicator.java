package org.fundtrack.indicator.entity;

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
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An indicator a grant agreement commits its recipient to report on; targets and results hang off
 * it. Only active catalogue indicators can be added to a grant.
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

  public long getVersion() {
    return version;
  }
}
