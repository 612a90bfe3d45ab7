package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * One scheduled payment of a grant, drawn on one of the grant's year allocations: grant and budget
 * line are taken from the allocation, so an instalment never draws on a line the grant has no
 * allocation on (the table does not enforce it: a cancelled instalment keeps its line after a
 * termination removes the allocation). It moves PLANNED → RELEASED → PAID, or to CANCELLED before
 * payment, and records who released it. The rule that an instalment is released only after the
 * report due before it was accepted, and the holdback only after the final report, needs the
 * reports and is checked by the caller.
 */
@Entity
@Table(name = "payment_instalment")
public class PaymentInstalment extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @Min(value = 1, message = "{field.sequence}")
  @Column(name = "sequence_no", nullable = false)
  private int sequenceNo;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_line_id", nullable = false, updatable = false)
  private BudgetLine budgetLine;

  @NotNull(message = "{field.required}")
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "holdback", nullable = false, updatable = false)
  private boolean holdback;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private InstalmentStatus status = InstalmentStatus.PLANNED;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "released_by_id")
  private AppUser releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PaymentInstalment() {}

  /** A planned instalment on {@code allocation}'s grant and budget line. */
  public PaymentInstalment(
      GrantYearAllocation allocation,
      int sequenceNo,
      LocalDate dueDate,
      BigDecimal amount,
      boolean holdback) {
    if (sequenceNo < 1) {
      throw new IllegalArgumentException("sequenceNo must be 1 or more: " + sequenceNo);
    }
    this.grant = allocation.getGrant();
    this.budgetLine = allocation.getBudgetLine();
    this.sequenceNo = sequenceNo;
    this.dueDate = dueDate;
    this.amount = Money.requirePositive(amount);
    this.holdback = holdback;
  }

  /** Moves a planned instalment's date or amount. */
  public void reschedule(LocalDate newDueDate, BigDecimal newAmount) {
    requireStatus(InstalmentStatus.PLANNED);
    dueDate = newDueDate;
    amount = Money.requirePositive(newAmount);
  }

  /**
   * Releases the instalment for payment.
   *
   * @throws BusinessRuleViolation {@code grant.instalment.grantNotActive} unless the agreement is
   *     executed and active, {@code grant.instalment.wrongStatus} unless planned
   */
  public void release(AppUser by, Instant at) {
    requireStatus(InstalmentStatus.PLANNED);
    if (grant.getStatus() != GrantStatus.ACTIVE) {
      throw BusinessRuleViolation.invalid(
          "grant.instalment.grantNotActive", grant.getReferenceNumber(), grant.getStatus());
    }
    status = InstalmentStatus.RELEASED;
    releasedBy = by;
    releasedAt = at;
  }

  /** Cancels an instalment that has not been paid; who released it, if anyone, stays recorded. */
  public void cancel() {
    if (status != InstalmentStatus.PLANNED && status != InstalmentStatus.RELEASED) {
      throw BusinessRuleViolation.invalid("grant.instalment.wrongStatus", sequenceNo, status);
    }
    status = InstalmentStatus.CANCELLED;
  }

  /** Only {@link Payment#record} marks an instalment paid. */
  void markPaid() {
    requireStatus(InstalmentStatus.RELEASED);
    status = InstalmentStatus.PAID;
  }

  private void requireStatus(InstalmentStatus expected) {
    if (status != expected) {
      throw BusinessRuleViolation.invalid("grant.instalment.wrongStatus", sequenceNo, status);
    }
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public int getSequenceNo() {
    return sequenceNo;
  }

  public BudgetLine getBudgetLine() {
    return budgetLine;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isHoldback() {
    return holdback;
  }

  public InstalmentStatus getStatus() {
    return status;
  }

  public AppUser getReleasedBy() {
    return releasedBy;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public long getVersion() {
    return version;
  }
}
