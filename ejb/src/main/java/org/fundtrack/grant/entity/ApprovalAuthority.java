package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Role;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * Delegated authority: the largest grant total (or amended total) a role may approve for one
 * instrument type. A role with no row may not approve at all; only officers and directors can hold
 * authority.
 */
@Entity
@Table(name = "approval_authority")
public class ApprovalAuthority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, updatable = false, length = 20)
  private Role role;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "instrument_type", nullable = false, updatable = false, length = 20)
  private InstrumentType instrumentType;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "max_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal maxAmount;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApprovalAuthority() {}

  /**
   * @throws BusinessRuleViolation {@code security.authority.roleCannotApprove} for a role other
   *     than officer or director
   */
  public ApprovalAuthority(Role role, InstrumentType instrumentType, BigDecimal maxAmount) {
    if (!role.mayHoldApprovalAuthority()) {
      throw BusinessRuleViolation.invalid("security.authority.roleCannotApprove", role);
    }
    this.role = role;
    this.instrumentType = instrumentType;
    this.maxAmount = Money.exact(maxAmount);
  }

  /**
   * Refuses an approval that {@code authority} does not cover: it must be the approver's own role's
   * authority for this instrument type and reach the amount. {@code authority} is null when the
   * approver's role holds none.
   *
   * @throws BusinessRuleViolation {@code security.authority.insufficient} (amount, limit)
   */
  public static void requireCovers(
      ApprovalAuthority authority, AppUser approver, InstrumentType type, BigDecimal amount) {
    if (authority == null
        || authority.role != approver.getRole()
        || authority.instrumentType != type
        || !authority.permits(amount)) {
      throw BusinessRuleViolation.invalid(
          "security.authority.insufficient",
          amount,
          authority == null ? Money.ZERO : authority.maxAmount);
    }
  }

  /** True when this authority covers approving {@code amount}. */
  public boolean permits(BigDecimal amount) {
    return amount.compareTo(maxAmount) <= 0;
  }

  public Long getId() {
    return id;
  }

  public Role getRole() {
    return role;
  }

  public InstrumentType getInstrumentType() {
    return instrumentType;
  }

  public BigDecimal getMaxAmount() {
    return maxAmount;
  }

  public void setMaxAmount(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  public long getVersion() {
    return version;
  }
}
