package org.fundtrack.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * One fund's money for one fiscal year. It guards the rule the whole budget rests on: {@code 0 <=
 * paid <= committed <= appropriation}. Commitments (approved grants) may never exceed the
 * appropriation, payments never exceed the commitments, and the appropriation changes only through
 * a {@link Reallocation} and never below what is committed.
 *
 * <p>Callers that move the running totals must hold the row under a pessimistic write lock ({@code
 * BudgetLineRepository.findByIdForUpdate}) so two approvals cannot both see the same available
 * amount; the table's checks are the last line of defence.
 */
@Entity
@Table(name = "budget_line")
@NamedQuery(
    name = BudgetLine.FIND_FOR_FUND_AND_YEAR,
    query =
        "SELECT b FROM BudgetLine b WHERE b.fund.id = :fundId"
            + " AND b.fiscalYear.startYear = :startYear")
public class BudgetLine extends TimestampedEntity {

  public static final String FIND_FOR_FUND_AND_YEAR = "BudgetLine.findForFundAndYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id", nullable = false, updatable = false)
  private Fund fund;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fiscal_year_id", nullable = false, updatable = false)
  private FiscalYear fiscalYear;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "appropriation", nullable = false, precision = 19, scale = 2)
  private BigDecimal appropriation;

  @NotNull(message = "{field.required}")
  @MoneyAmount
  @Column(name = "committed_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal committedAmount = Money.ZERO;

  @NotNull(message = "{field.required}")
  @MoneyAmount
  @Column(name = "paid_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal paidAmount = Money.ZERO;

  @Size(max = 20, message = "{field.tooLong}")
  @Column(name = "vote_item", length = 20)
  private String voteItem;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected BudgetLine() {}

  /**
   * A new line with nothing committed or paid.
   *
   * @throws BusinessRuleViolation {@code money.amount.negative} for a negative appropriation
   */
  public BudgetLine(Fund fund, FiscalYear fiscalYear, BigDecimal appropriation) {
    this.fund = fund;
    this.fiscalYear = fiscalYear;
    this.appropriation = Money.requireNotNegative(appropriation);
  }

  /** Appropriation − committed: what new commitments may still use. */
  public BigDecimal available() {
    return appropriation.subtract(committedAmount);
  }

  /** Committed − paid: what approved grants may still be paid from this line. */
  public BigDecimal unpaid() {
    return committedAmount.subtract(paidAmount);
  }

  /**
   * Commits money to an approved grant.
   *
   * @throws BusinessRuleViolation {@code budget.line.exhausted} (amount, available) if the amount
   *     exceeds what is available
   */
  public void commit(BigDecimal amount) {
    BigDecimal exact = Money.requirePositive(amount);
    if (exact.compareTo(available()) > 0) {
      throw BusinessRuleViolation.invalid("budget.line.exhausted", exact, available());
    }
    committedAmount = committedAmount.add(exact);
  }

  /**
   * Gives back committed money that will not be paid (grant terminated, amended down, closed with
   * money unspent).
   *
   * @throws BusinessRuleViolation {@code budget.line.releaseExceedsUnpaid} (amount, unpaid) if the
   *     amount exceeds what is committed and not yet paid
   */
  public void release(BigDecimal amount) {
    BigDecimal exact = Money.requirePositive(amount);
    if (exact.compareTo(unpaid()) > 0) {
      throw BusinessRuleViolation.invalid("budget.line.releaseExceedsUnpaid", exact, unpaid());
    }
    committedAmount = committedAmount.subtract(exact);
  }

  /**
   * Records money paid out against this line's commitments.
   *
   * @throws BusinessRuleViolation {@code budget.line.paymentExceedsCommitment} (amount, unpaid) if
   *     the payment exceeds what is committed and not yet paid
   */
  public void recordPayment(BigDecimal amount) {
    BigDecimal exact = Money.requirePositive(amount);
    if (exact.compareTo(unpaid()) > 0) {
      throw BusinessRuleViolation.invalid("budget.line.paymentExceedsCommitment", exact, unpaid());
    }
    paidAmount = paidAmount.add(exact);
  }

  /** Adds appropriation; only a {@link Reallocation} calls this. */
  void increaseAppropriation(BigDecimal amount) {
    appropriation = appropriation.add(Money.requirePositive(amount));
  }

  /**
   * Removes appropriation; only a {@link Reallocation} calls this.
   *
   * @throws BusinessRuleViolation {@code budget.line.appropriationBelowCommitted} (amount,
   *     available) if what would remain is less than what is committed
   */
  void decreaseAppropriation(BigDecimal amount) {
    BigDecimal exact = Money.requirePositive(amount);
    if (exact.compareTo(available()) > 0) {
      throw BusinessRuleViolation.invalid(
          "budget.line.appropriationBelowCommitted", exact, available());
    }
    appropriation = appropriation.subtract(exact);
  }

  public Long getId() {
    return id;
  }

  public Fund getFund() {
    return fund;
  }

  public FiscalYear getFiscalYear() {
    return fiscalYear;
  }

  public BigDecimal getAppropriation() {
    return appropriation;
  }

  public BigDecimal getCommittedAmount() {
    return committedAmount;
  }

  public BigDecimal getPaidAmount() {
    return paidAmount;
  }

  public String getVoteItem() {
    return voteItem;
  }

  /** The Estimates vote and item the money is voted under, e.g. "701-1". */
  public void setVoteItem(String voteItem) {
    this.voteItem = voteItem;
  }

  public long getVersion() {
    return version;
  }
}
