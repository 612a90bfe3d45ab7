package org.fundtrack.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A program area grouping a strategy's funds (e.g. specialized victim services and prevention). Its
 * totals are always computed from its funds, never stored, so they cannot drift from them.
 */
@Entity
@Table(name = "program_area")
public class ProgramArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "strategy_id", nullable = false, updatable = false)
  private Strategy strategy;

  @NotBlank(message = "{field.required}")
  @Size(max = 40, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private BilingualName name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** The sub-total the strategy announced for this area (rounded as published); null if none. */
  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "announced_amount", precision = 19, scale = 2)
  private BigDecimal announcedAmount;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ProgramArea() {}

  public ProgramArea(Strategy strategy, String code, String nameEn, String nameFr, int sortOrder) {
    this.strategy = strategy;
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
    this.sortOrder = sortOrder;
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public void rename(String nameEn, String nameFr) {
    this.name = new BilingualName(nameEn, nameFr);
  }

  public Long getId() {
    return id;
  }

  public Strategy getStrategy() {
    return strategy;
  }

  public String getCode() {
    return code;
  }

  public BilingualName getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public BigDecimal getAnnouncedAmount() {
    return announcedAmount;
  }

  public void setAnnouncedAmount(BigDecimal announcedAmount) {
    this.announcedAmount = announcedAmount;
  }

  public long getVersion() {
    return version;
  }
}
