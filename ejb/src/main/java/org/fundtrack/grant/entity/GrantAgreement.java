package org.fundtrack.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.TimestampedEntity;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A transfer payment agreement with one recipient from one fund (table {@code grant_agreement},
 * since GRANT is reserved). It guards its life cycle: every status change goes through {@link
 * GrantStatus#canTransitionTo}, records its milestone (who submitted, who approved and when) and
 * returns the {@link GrantStatusChange} to append to the history; approval needs four eyes and
 * enough delegated authority; terms change freely only before approval, afterwards only through an
 * approved {@link Amendment}. Moving budget-line totals is the caller's step, through each {@link
 * GrantYearAllocation}.
 *
 * <p>Over 300 lines for a reason: it is the grant's aggregate root, and what is left after the
 * texts ({@link GrantText}) and terms ({@link GrantTerms}) became embeddables is the state machine
 * with its milestone columns (who and when at each step), which only make sense together with the
 * transitions that set them, plus one read accessor per column.
 */
@Entity
@Table(name = "grant_agreement")
public class GrantAgreement extends TimestampedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @Pattern(regexp = "[A-Z]{2,6}-[0-9]{4}-[0-9]{4}", message = "{grant.referenceNumber.invalid}")
  @Column(name = "reference_number", nullable = false, updatable = false, length = 20)
  private String referenceNumber;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
  private Recipient recipient;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id", nullable = false, updatable = false)
  private Fund fund;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private GrantText text;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "instrument_type", nullable = false, updatable = false, length = 20)
  private InstrumentType instrumentType;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private GrantStatus status = GrantStatus.DRAFT;

  @Valid
  @NotNull(message = "{field.required}")
  @Embedded
  private GrantTerms terms;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
  private AppUser createdBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by_id")
  private AppUser submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approved_by_id")
  private AppUser approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "executed_at")
  private Instant executedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @DecimalMin(value = "0.00", message = "{money.notNegative}")
  @MoneyAmount
  @Column(name = "amount_to_recover", precision = 19, scale = 2)
  private BigDecimal amountToRecover;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected GrantAgreement() {}

  /** A new draft; record its creation with {@link #recordCreation}. */
  public GrantAgreement(
      String referenceNumber,
      Recipient recipient,
      Fund fund,
      InstrumentType instrumentType,
      GrantText text,
      GrantTerms terms,
      AppUser createdBy) {
    this.referenceNumber = referenceNumber;
    this.recipient = recipient;
    this.fund = fund;
    this.instrumentType = instrumentType;
    this.text = Objects.requireNonNull(text, "text");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.createdBy = createdBy;
  }

  /** The first history entry: created as a draft by its author. */
  public GrantStatusChange recordCreation(Instant at) {
    return new GrantStatusChange(this, null, GrantStatus.DRAFT, createdBy, at, null);
  }

  /** Replaces the money, dates and reporting terms; only before approval. */
  public void reviseTerms(GrantTerms terms) {
    requireEditable();
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /** Replaces titles, descriptions and expected results; only before approval. */
  public void reviseText(GrantText text) {
    requireEditable();
    this.text = Objects.requireNonNull(text, "text");
  }

  public GrantStatusChange submit(AppUser by, Instant at) {
    GrantStatusChange change = moveTo(GrantStatus.SUBMITTED, by, at, null);
    submittedBy = by;
    submittedAt = at;
    return change;
  }

  public GrantStatusChange startReview(AppUser by, Instant at) {
    return moveTo(GrantStatus.UNDER_REVIEW, by, at, null);
  }

  /**
   * Approves the grant under {@code authority}, the approver's delegated authority for this
   * instrument type (null when the approver's role has none).
   *
   * @throws BusinessRuleViolation {@code grant.status.transitionRefused} unless under review,
   *     {@code grant.approval.ownGrant} if the approver created or submitted the grant, {@code
   *     security.authority.insufficient} if the total is beyond the authority
   */
  public GrantStatusChange approve(AppUser by, ApprovalAuthority authority, Instant at) {
    requireTransition(GrantStatus.APPROVED);
    requireFourEyes(by);
    ApprovalAuthority.requireCovers(authority, by, instrumentType, terms.getTotalAmount());
    requireNotBefore(at, submittedAt);
    GrantStatusChange change = moveTo(GrantStatus.APPROVED, by, at, null);
    approvedBy = by;
    approvedAt = at;
    return change;
  }

  /**
   * Declines the application. Declining is a decision like approving: it needs four eyes and the
   * decider's delegated authority over the total.
   *
   * @throws BusinessRuleViolation {@code grant.status.transitionRefused}, {@code
   *     grant.approval.ownGrant}, {@code security.authority.insufficient} or {@code
   *     grant.status.reasonRequired}
   */
  public GrantStatusChange decline(
      AppUser by, ApprovalAuthority authority, Instant at, String reason) {
    requireTransition(GrantStatus.DECLINED);
    requireFourEyes(by);
    ApprovalAuthority.requireCovers(authority, by, instrumentType, terms.getTotalAmount());
    return moveTo(GrantStatus.DECLINED, by, at, requireReason(reason));
  }

  public GrantStatusChange withdraw(AppUser by, Instant at, String reason) {
    return moveTo(GrantStatus.WITHDRAWN, by, at, requireReason(reason));
  }

  /** Both parties have signed: the grant becomes active and payments may start. */
  public GrantStatusChange execute(AppUser by, Instant at) {
    requireNotBefore(at, approvedAt);
    GrantStatusChange change = moveTo(GrantStatus.ACTIVE, by, at, null);
    executedAt = at;
    return change;
  }

  /**
   * Closes out the grant at {@code finalTotal}, what was actually paid: the commitment beyond it
   * was released back to the budget lines (the caller's step, through the year allocations), so the
   * total follows, and the agreed total stays in the audit trail. Records the money to recover.
   *
   * @throws BusinessRuleViolation {@code grant.close.totalIncreased} if {@code finalTotal} is above
   *     the total, or the rules of {@link #close(AppUser, Instant, BigDecimal)}
   */
  public GrantStatusChange closeOut(
      AppUser by, Instant at, BigDecimal finalTotal, BigDecimal toRecover) {
    requireTransition(GrantStatus.CLOSED);
    if (finalTotal.compareTo(terms.getTotalAmount()) > 0) {
      throw BusinessRuleViolation.invalid(
          "grant.close.totalIncreased", finalTotal, terms.getTotalAmount());
    }
    GrantTerms settled = terms.withTotalAmount(finalTotal);
    settled.requireRecoverable(toRecover);
    terms = settled;
    return close(by, at, toRecover);
  }

  /** Closes out the grant, recording any unspent or ineligible money to recover. */
  public GrantStatusChange close(AppUser by, Instant at, BigDecimal toRecover) {
    requireNotBefore(at, approvedAt);
    BigDecimal recover = terms.requireRecoverable(toRecover);
    GrantStatusChange change = moveTo(GrantStatus.CLOSED, by, at, null);
    closedAt = at;
    amountToRecover = recover;
    return change;
  }

  public GrantStatusChange terminate(AppUser by, Instant at, String reason, BigDecimal toRecover) {
    requireNotBefore(at, approvedAt);
    BigDecimal recover = terms.requireRecoverable(toRecover);
    GrantStatusChange change = moveTo(GrantStatus.TERMINATED, by, at, requireReason(reason));
    closedAt = at;
    amountToRecover = recover;
    return change;
  }

  /** Applies an approved amendment's new total and end date; only {@link Amendment} calls this. */
  void applyAmendment(BigDecimal newTotalAmount, LocalDate newEndDate) {
    if (newTotalAmount != null) {
      terms = terms.withTotalAmount(newTotalAmount);
    }
    if (newEndDate != null) {
      terms = terms.withEndDate(newEndDate);
    }
  }

  /** Nobody decides on a grant they created or submitted. */
  private void requireFourEyes(AppUser by) {
    if (by.isSameUserAs(createdBy) || by.isSameUserAs(submittedBy)) {
      throw BusinessRuleViolation.invalid("grant.approval.ownGrant", referenceNumber);
    }
  }

  /** True when {@code user} created or submitted this grant (and so may not decide on it). */
  public boolean isAuthoredBy(AppUser user) {
    return user.isSameUserAs(createdBy) || user.isSameUserAs(submittedBy);
  }

  /**
   * Refuses early a use case whose move the state machine does not allow, before its other checks.
   *
   * @throws BusinessRuleViolation {@code grant.status.transitionRefused}
   */
  public void requireCanMoveTo(GrantStatus target) {
    requireTransition(target);
  }

  private void requireTransition(GrantStatus target) {
    if (!status.canTransitionTo(target)) {
      throw BusinessRuleViolation.invalid(
          "grant.status.transitionRefused", referenceNumber, status, target);
    }
  }

  private GrantStatusChange moveTo(GrantStatus target, AppUser by, Instant at, String reason) {
    requireTransition(target);
    GrantStatus from = status;
    status = target;
    return new GrantStatusChange(this, from, target, by, at, reason);
  }

  private void requireEditable() {
    if (!status.isEditable()) {
      throw BusinessRuleViolation.invalid("grant.notEditable", referenceNumber, status);
    }
  }

  private static void requireNotBefore(Instant at, Instant earlier) {
    if (earlier != null && at.isBefore(earlier)) {
      throw BusinessRuleViolation.invalid("grant.timeline.backwards", at, earlier);
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw BusinessRuleViolation.invalid("grant.status.reasonRequired");
    }
    return reason.strip();
  }

  public Long getId() {
    return id;
  }

  public String getReferenceNumber() {
    return referenceNumber;
  }

  public Recipient getRecipient() {
    return recipient;
  }

  public Fund getFund() {
    return fund;
  }

  public GrantText getText() {
    return text;
  }

  public InstrumentType getInstrumentType() {
    return instrumentType;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public GrantTerms getTerms() {
    return terms;
  }

  public AppUser getCreatedBy() {
    return createdBy;
  }

  public AppUser getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public AppUser getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public BigDecimal getAmountToRecover() {
    return amountToRecover;
  }

  public long getVersion() {
    return version;
  }
}
