package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * The money, period and reporting terms of an agreement, as one immutable value: it cannot be built
 * with a non-positive total, an end date before the start date or a holdback outside 0–100 %, so a
 * grant never holds such terms. Changing a term means replacing the value.
 */
@Embeddable
public class GrantTerms {

  public static final BigDecimal DEFAULT_HOLDBACK_PERCENT = new BigDecimal("10.00");

  private static final BigDecimal HUNDRED = new BigDecimal("100.00");

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{grant.amount.positive}")
  @MoneyAmount
  @Column(name = "total_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal totalAmount;

  @NotNull(message = "{field.required}")
  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @NotNull(message = "{field.required}")
  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.00", message = "{grant.holdbackPercent.range}")
  @DecimalMax(value = "100.00", message = "{grant.holdbackPercent.range}")
  @Digits(integer = 3, fraction = 2, message = "{grant.holdbackPercent.range}")
  @Column(name = "holdback_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal holdbackPercent;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_frequency", nullable = false, length = 20)
  private ReportingFrequency reportingFrequency;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "data_ownership", nullable = false, length = 20)
  private DataOwnership dataOwnership;

  protected GrantTerms() {}

  /**
   * @throws BusinessRuleViolation {@code grant.amount.positive}, {@code grant.dates.endBeforeStart}
   *     or {@code grant.holdbackPercent.range}
   */
  public GrantTerms(
      BigDecimal totalAmount,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal holdbackPercent,
      ReportingFrequency reportingFrequency,
      DataOwnership dataOwnership) {
    if (!Money.isPositive(totalAmount)) {
      throw BusinessRuleViolation.invalid("grant.amount.positive", totalAmount);
    }
    if (endDate.isBefore(startDate)) {
      throw BusinessRuleViolation.invalid("grant.dates.endBeforeStart", startDate, endDate);
    }
    if (holdbackPercent.signum() < 0 || holdbackPercent.compareTo(HUNDRED) > 0) {
      throw BusinessRuleViolation.invalid("grant.holdbackPercent.range", holdbackPercent);
    }
    this.totalAmount = Money.exact(totalAmount);
    this.startDate = startDate;
    this.endDate = endDate;
    this.holdbackPercent = holdbackPercent.setScale(2);
    this.reportingFrequency = Objects.requireNonNull(reportingFrequency, "reportingFrequency");
    this.dataOwnership = Objects.requireNonNull(dataOwnership, "dataOwnership");
  }

  public GrantTerms withTotalAmount(BigDecimal newTotal) {
    return new GrantTerms(
        newTotal, startDate, endDate, holdbackPercent, reportingFrequency, dataOwnership);
  }

  public GrantTerms withEndDate(LocalDate newEndDate) {
    return new GrantTerms(
        totalAmount, startDate, newEndDate, holdbackPercent, reportingFrequency, dataOwnership);
  }

  /** The part of the total held back until the final report is accepted, HALF_EVEN to cents. */
  public BigDecimal holdbackAmount() {
    return Money.percentOf(totalAmount, holdbackPercent);
  }

  /**
   * The exact amount to recover at close-out or termination; null when nothing is recorded.
   *
   * @throws BusinessRuleViolation {@code grant.recovery.outOfRange} below zero or above the total
   */
  public BigDecimal requireRecoverable(BigDecimal toRecover) {
    if (toRecover == null) {
      return null;
    }
    BigDecimal exact = Money.exact(toRecover);
    if (exact.signum() < 0 || exact.compareTo(totalAmount) > 0) {
      throw BusinessRuleViolation.invalid("grant.recovery.outOfRange", exact, totalAmount);
    }
    return exact;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public BigDecimal getHoldbackPercent() {
    return holdbackPercent;
  }

  public ReportingFrequency getReportingFrequency() {
    return reportingFrequency;
  }

  public DataOwnership getDataOwnership() {
    return dataOwnership;
  }
}
