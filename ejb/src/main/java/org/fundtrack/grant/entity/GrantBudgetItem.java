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
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * The approved budget of a grant for one expense category; progress reports account spending
 * against it. Changed only while the grant's terms are editable.
 */
@Entity
@Table(name = "grant_budget_item")
public class GrantBudgetItem {

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
  @JoinColumn(name = "expense_category_id", nullable = false, updatable = false)
  private ExpenseCategory expenseCategory;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected GrantBudgetItem() {}

  public GrantBudgetItem(GrantAgreement grant, ExpenseCategory category, BigDecimal amount) {
    this.grant = grant;
    this.expenseCategory = category;
    this.amount = Money.requireNotNegative(amount);
  }

  /**
   * @throws BusinessRuleViolation {@code grant.notEditable} once the grant is approved
   */
  public void changeAmount(BigDecimal newAmount) {
    if (!grant.getStatus().isEditable()) {
      throw BusinessRuleViolation.invalid(
          "grant.notEditable", grant.getReferenceNumber(), grant.getStatus());
    }
    amount = Money.requireNotNegative(newAmount);
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public ExpenseCategory getExpenseCategory() {
    return expenseCategory;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public long getVersion() {
    return version;
  }
}
