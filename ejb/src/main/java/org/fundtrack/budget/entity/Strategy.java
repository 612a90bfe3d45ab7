package org.fundtrack.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.entity.BilingualName;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A multi-year government strategy (e.g. Ontario's Anti-Human Trafficking Strategy 2020–2025) that
 * program areas and funds sit under. Its published total commitment and annual allocation are kept
 * as published (rounded), never recomputed from the funds; the fiscal years it covers are stored as
 * start years and must not run backwards.
 */
@Entity
@Table(name = "strategy")
public class Strategy extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotBlank(message = "{field.required}")
  @Size(max = 20, message = "{field.tooLong}")
  @Column(name = "code", nullable = false, updatable = false, length = 20)
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

  /** First fiscal year covered, as {@code fiscal_year.start_year} (2020 = 2020-21). */
  @Column(name = "first_start_year", nullable = false)
  private int firstStartYear;

  @Column(name = "last_start_year", nullable = false)
  private int lastStartYear;

  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "total_commitment", precision = 19, scale = 2)
  private BigDecimal totalCommitment;

  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "annual_allocation", precision = 19, scale = 2)
  private BigDecimal annualAllocation;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Strategy() {}

  public Strategy(
      String code, String nameEn, String nameFr, int firstStartYear, int lastStartYear) {
    this.code = code;
    this.name = new BilingualName(nameEn, nameFr);
    changeYears(firstStartYear, lastStartYear);
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public String description(Locale locale) {
    return Bilingual.pick(locale, descriptionEn, descriptionFr);
  }

  /** True when the strategy runs in the fiscal year starting in {@code startYear}. */
  public boolean covers(int startYear) {
    return startYear >= firstStartYear && startYear <= lastStartYear;
  }

  /**
   * Sets the fiscal years covered.
   *
   * @throws BusinessRuleViolation {@code budget.strategy.yearsReversed} if the last year is before
   *     the first
   */
  public void changeYears(int firstStartYear, int lastStartYear) {
    if (lastStartYear < firstStartYear) {
      throw BusinessRuleViolation.invalid(
          "budget.strategy.yearsReversed",
          FiscalYear.label(firstStartYear),
          FiscalYear.label(lastStartYear));
    }
    this.firstStartYear = firstStartYear;
    this.lastStartYear = lastStartYear;
  }

  public void rename(String nameEn, String nameFr) {
    this.name = new BilingualName(nameEn, nameFr);
  }

  public void describe(String descriptionEn, String descriptionFr) {
    this.descriptionEn = descriptionEn;
    this.descriptionFr = descriptionFr;
  }

  /** Records the published figures; either may be unknown (null). */
  public void publishFigures(BigDecimal totalCommitment, BigDecimal annualAllocation) {
    this.totalCommitment = totalCommitment;
    this.annualAllocation = annualAllocation;
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

  public int getFirstStartYear() {
    return firstStartYear;
  }

  public int getLastStartYear() {
    return lastStartYear;
  }

  public BigDecimal getTotalCommitment() {
    return totalCommitment;
  }

  public BigDecimal getAnnualAllocation() {
    return annualAllocation;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
