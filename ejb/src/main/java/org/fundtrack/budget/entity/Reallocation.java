package org.fundtrack.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * The record of money moved from one budget line to another, and the only way to move it: {@link
 * #move} lowers the source line's appropriation (never below its commitments) and raises the
 * target's in the same unit of work that writes this record. Rows are append-only: every column is
 * insert-only.
 */
@Entity
@Table(name = "reallocation")
public class Reallocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_budget_line_id", nullable = false, updatable = false)
  private BudgetLine fromBudgetLine;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_budget_line_id", nullable = false, updatable = false)
  private BudgetLine toBudgetLine;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "made_by_id", nullable = false, updatable = false)
  private AppUser madeBy;

  @NotNull(message = "{field.required}")
  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  protected Reallocation() {}

  private Reallocation(
      BudgetLine from, BudgetLine to, BigDecimal amount, String reason, AppUser by, Instant at) {
    this.fromBudgetLine = from;
    this.toBudgetLine = to;
    this.amount = amount;
    this.reason = reason;
    this.madeBy = by;
    this.madeAt = at;
  }

  /**
   * Moves {@code amount} of appropriation between two lines of the same fiscal year and the same
   * program area and returns the record to persist. (There is one line per fund and year, so "lines
   * of the same fund and year" cannot be two lines; money moves between the funds of one program
   * area instead.) Both lines should be locked for update by the caller.
   *
   * @throws BusinessRuleViolation {@code budget.reallocation.sameLine}, {@code
   *     budget.reallocation.otherFiscalYear}, {@code budget.reallocation.otherProgramArea}, {@code
   *     budget.reallocation.reasonRequired}, {@code money.amount.notPositive} or {@code
   *     budget.line.appropriationBelowCommitted}
   */
  public static Reallocation move(
      BudgetLine from, BudgetLine to, BigDecimal amount, String reason, AppUser by, Instant at) {
    if (from == to || (from.getId() != null && from.getId().equals(to.getId()))) {
      throw BusinessRuleViolation.invalid("budget.reallocation.sameLine");
    }
    if (from.getFiscalYear().getStartYear() != to.getFiscalYear().getStartYear()) {
      throw BusinessRuleViolation.invalid(
          "budget.reallocation.otherFiscalYear",
          from.getFiscalYear().label(),
          to.getFiscalYear().label());
    }
    if (!sameProgramArea(from.getFund().getProgramArea(), to.getFund().getProgramArea())) {
      throw BusinessRuleViolation.invalid(
          "budget.reallocation.otherProgramArea", from.getFund().getCode(), to.getFund().getCode());
    }
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleViolation.invalid("budget.reallocation.reasonRequired");
    }
    BigDecimal exact = Money.requirePositive(amount);
    from.decreaseAppropriation(exact);
    to.increaseAppropriation(exact);
    return new Reallocation(from, to, exact, reason.strip(), by, at);
  }

  private static boolean sameProgramArea(ProgramArea a, ProgramArea b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  public Long getId() {
    return id;
  }

  public BudgetLine getFromBudgetLine() {
    return fromBudgetLine;
  }

  public BudgetLine getToBudgetLine() {
    return toBudgetLine;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public AppUser getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }
}
