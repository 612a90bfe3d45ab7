package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * Money actually paid for one released instalment; append-only. {@link #record} is the only way to
 * create one: it pays exactly the instalment's amount, marks the instalment paid and adds the
 * amount to the budget line's paid total, all in the caller's transaction. The idempotency key
 * (unique) makes a retried "record payment" harmless: look it up with {@link
 * #FIND_BY_IDEMPOTENCY_KEY} first.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = Payment.FIND_BY_IDEMPOTENCY_KEY,
    query = "SELECT p FROM Payment p WHERE p.idempotencyKey = :idempotencyKey")
public class Payment {

  public static final String FIND_BY_IDEMPOTENCY_KEY = "Payment.findByIdempotencyKey";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "instalment_id", nullable = false, updatable = false, unique = true)
  private PaymentInstalment instalment;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{money.positive}")
  @MoneyAmount
  @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @NotNull(message = "{field.required}")
  @Column(name = "paid_on", nullable = false, updatable = false)
  private LocalDate paidOn;

  @NotBlank(message = "{field.required}")
  @Size(max = 40, message = "{field.tooLong}")
  @Column(name = "payment_reference", nullable = false, updatable = false, length = 40)
  private String paymentReference;

  @NotBlank(message = "{field.required}")
  @Size(max = 64, message = "{field.tooLong}")
  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 64)
  private String idempotencyKey;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "paid_by_id", nullable = false, updatable = false)
  private AppUser paidBy;

  @NotNull(message = "{field.required}")
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Payment() {}

  private Payment(
      PaymentInstalment instalment,
      LocalDate paidOn,
      String paymentReference,
      String idempotencyKey,
      AppUser paidBy,
      Instant recordedAt) {
    this.instalment = instalment;
    this.grant = instalment.getGrant();
    this.amount = instalment.getAmount();
    this.paidOn = paidOn;
    this.paymentReference = paymentReference;
    this.idempotencyKey = idempotencyKey;
    this.paidBy = paidBy;
    this.recordedAt = recordedAt;
  }

  /**
   * Pays a released instalment in full and returns the payment to persist. The instalment's budget
   * line must be locked for update by the caller.
   *
   * @throws BusinessRuleViolation {@code grant.payment.ownApproval} if the payer approved the grant
   *     (four eyes), {@code grant.instalment.wrongStatus} unless the instalment is released, {@code
   *     budget.line.paymentExceedsCommitment} if the line's commitments do not cover it
   */
  public static Payment record(
      PaymentInstalment instalment,
      LocalDate paidOn,
      String paymentReference,
      String idempotencyKey,
      AppUser paidBy,
      Instant recordedAt) {
    if (paidBy.isSameUserAs(instalment.getGrant().getApprovedBy())) {
      throw BusinessRuleViolation.invalid(
          "grant.payment.ownApproval", instalment.getGrant().getReferenceNumber());
    }
    instalment.markPaid();
    instalment.getBudgetLine().recordPayment(instalment.getAmount());
    return new Payment(instalment, paidOn, paymentReference, idempotencyKey, paidBy, recordedAt);
  }

  public Long getId() {
    return id;
  }

  public PaymentInstalment getInstalment() {
    return instalment;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public AppUser getPaidBy() {
    return paidBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
