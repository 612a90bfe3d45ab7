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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collection;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * One fiscal year's share of a grant, drawn on that year's budget line of the grant's own fund. For
 * grants whose status {@link GrantStatus#holdsCommitment() holds a commitment}, the allocations on
 * a line add up to the line's committed amount: {@link #commit} and {@link #release} are how a
 * grant's approval, amendment or termination moves that total.
 */
@Entity
@Table(name = "grant_year_allocation")
public class GrantYearAllocation {

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
  @JoinColumn(name = "budget_line_id", nullable = false, updatable = false)
  private BudgetLine budgetLine;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected GrantYearAllocation() {}

  /**
   * @throws BusinessRuleViolation {@code grant.allocation.otherFund} if the line belongs to another
   *     fund, {@code money.amount.notPositive} for a non-positive amount
   */
  public GrantYearAllocation(GrantAgreement grant, BudgetLine budgetLine, BigDecimal amount) {
    if (!sameFund(grant.getFund(), budgetLine.getFund())) {
      throw BusinessRuleViolation.invalid(
          "grant.allocation.otherFund", grant.getReferenceNumber(), budgetLine.getFund().getCode());
    }
    this.grant = grant;
    this.budgetLine = budgetLine;
    this.amount = Money.requirePositive(amount);
  }

  private static boolean sameFund(Fund a, Fund b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  /** The sum of several allocations, e.g. to check them against the grant's total. */
  public static BigDecimal total(Collection<GrantYearAllocation> allocations) {
    return Money.sum(allocations.stream().map(GrantYearAllocation::getAmount).toList());
  }

  /** Commits this allocation on its budget line (on approval); the line must be locked. */
  public void commit() {
    budgetLine.commit(amount);
  }

  /** Gives the allocation's unpaid money back to its budget line (termination, close-out). */
  public void release(BigDecimal unpaid) {
    budgetLine.release(unpaid);
  }

  /**
   * Changes the amount of an allocation that is already committed, moving the line's commitment by
   * the difference (approved amount amendment).
   */
  public void changeCommittedAmount(BigDecimal newAmount) {
    BigDecimal exact = Money.requirePositive(newAmount);
    int direction = exact.compareTo(amount);
    if (direction > 0) {
      budgetLine.commit(exact.subtract(amount));
    } else if (direction < 0) {
      budgetLine.release(amount.subtract(exact));
    }
    amount = exact;
  }

  /** Changes the amount while nothing is committed yet (grant not approved). */
  public void changePlannedAmount(BigDecimal newAmount) {
    if (grant.getStatus().holdsCommitment()) {
      throw BusinessRuleViolation.invalid(
          "grant.notEditable", grant.getReferenceNumber(), grant.getStatus());
    }
    amount = Money.requirePositive(newAmount);
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public BudgetLine getBudgetLine() {
    return budgetLine;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public long getVersion() {
    return version;
  }
}
