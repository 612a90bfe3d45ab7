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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.ColumnLimits;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;
import org.fundtrack.shared.money.MoneyAmount;

/**
 * A proposed change to an approved grant. Amendments never overwrite history: the old and new total
 * and end date are kept side by side, and the grant changes only when the amendment is approved, by
 * someone other than its requester, within their delegated authority, and only if the grant still
 * has the values the amendment was proposed against. Budget-line commitments follow through the
 * grant's year allocations, which is the caller's step.
 */
@Entity
@Table(name = "amendment")
public class Amendment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  @Min(value = 1, message = "{field.sequence}")
  @Column(name = "amendment_no", nullable = false, updatable = false)
  private int amendmentNo;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "amendment_type", nullable = false, updatable = false, length = 20)
  private AmendmentType amendmentType;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private AmendmentStatus status = AmendmentStatus.PROPOSED;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @NotBlank(message = "{field.required}")
  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @MoneyAmount
  @Column(name = "old_total_amount", updatable = false, precision = 19, scale = 2)
  private BigDecimal oldTotalAmount;

  @DecimalMin(value = "0.01", message = "{grant.amount.positive}")
  @MoneyAmount
  @Column(name = "new_total_amount", updatable = false, precision = 19, scale = 2)
  private BigDecimal newTotalAmount;

  @Column(name = "old_end_date", updatable = false)
  private LocalDate oldEndDate;

  @Column(name = "new_end_date", updatable = false)
  private LocalDate newEndDate;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "requested_by_id", nullable = false, updatable = false)
  private AppUser requestedBy;

  @NotNull(message = "{field.required}")
  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by_id")
  private AppUser decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "decision_comment")
  private String decisionComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Amendment() {}

  /**
   * Proposes an amendment of {@code type} to an approved or active grant. A new total is required
   * for {@link AmendmentType#AMOUNT} and a new end date for {@link AmendmentType#TERM}; either may
   * accompany any type, and the other stays null. The grant's current values are recorded as the
   * old ones.
   *
   * @throws BusinessRuleViolation {@code grant.amendment.grantNotAmendable}, {@code
   *     grant.amendment.newTotalRequired}, {@code grant.amendment.newEndDateRequired}, {@code
   *     grant.dates.endBeforeStart} or {@code grant.amount.positive}
   */
  public Amendment(
      GrantAgreement grant,
      int amendmentNo,
      AmendmentType type,
      AmendmentChange change,
      AppUser requestedBy,
      Instant requestedAt) {
    GrantStatus grantStatus = grant.getStatus();
    if (grantStatus != GrantStatus.APPROVED && grantStatus != GrantStatus.ACTIVE) {
      throw BusinessRuleViolation.invalid(
          "grant.amendment.grantNotAmendable", grant.getReferenceNumber(), grantStatus);
    }
    if (type == AmendmentType.AMOUNT && change.newTotalAmount() == null) {
      throw BusinessRuleViolation.invalid("grant.amendment.newTotalRequired");
    }
    if (type == AmendmentType.TERM && change.newEndDate() == null) {
      throw BusinessRuleViolation.invalid("grant.amendment.newEndDateRequired");
    }
    GrantTerms terms = grant.getTerms();
    if (change.newTotalAmount() != null) {
      terms.withTotalAmount(change.newTotalAmount()); // refuses a total the grant could not hold
      oldTotalAmount = terms.getTotalAmount();
      newTotalAmount = Money.exact(change.newTotalAmount());
    }
    if (change.newEndDate() != null) {
      terms.withEndDate(change.newEndDate()); // refuses an end date before the start
      oldEndDate = terms.getEndDate();
      newEndDate = change.newEndDate();
    }
    this.grant = grant;
    this.amendmentNo = amendmentNo;
    this.amendmentType = type;
    this.description = change.description();
    this.reason = change.reason();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /**
   * Approves the amendment and applies it to the grant.
   *
   * @throws BusinessRuleViolation {@code grant.amendment.decided} if already decided, {@code
   *     grant.amendment.ownRequest} for the requester, {@code grant.amendment.ownGrant} for whoever
   *     created or submitted the grant, {@code security.authority.insufficient} beyond the
   *     approver's authority, {@code grant.amendment.stale} if the grant changed since
   */
  public void approve(AppUser by, ApprovalAuthority authority, Instant at, String comment) {
    requireDecidableBy(by, at);
    BigDecimal resultingTotal =
        newTotalAmount != null ? newTotalAmount : grant.getTerms().getTotalAmount();
    ApprovalAuthority.requireCovers(authority, by, grant.getInstrumentType(), resultingTotal);
    GrantTerms current = grant.getTerms();
    if ((oldTotalAmount != null && oldTotalAmount.compareTo(current.getTotalAmount()) != 0)
        || (oldEndDate != null && !oldEndDate.equals(current.getEndDate()))) {
      throw BusinessRuleViolation.conflict("grant.amendment.stale", amendmentNo);
    }
    grant.applyAmendment(newTotalAmount, newEndDate);
    decide(AmendmentStatus.APPROVED, by, at, comment);
  }

  /** Declines the amendment; the grant is unchanged. */
  public void decline(AppUser by, Instant at, String comment) {
    requireDecidableBy(by, at);
    decide(AmendmentStatus.DECLINED, by, at, comment);
  }

  private void requireDecidableBy(AppUser by, Instant at) {
    if (status != AmendmentStatus.PROPOSED) {
      throw BusinessRuleViolation.invalid("grant.amendment.decided", amendmentNo, status);
    }
    if (by.isSameUserAs(requestedBy)) {
      throw BusinessRuleViolation.invalid("grant.amendment.ownRequest", amendmentNo);
    }
    if (grant.isAuthoredBy(by)) {
      throw BusinessRuleViolation.invalid("grant.amendment.ownGrant", amendmentNo);
    }
    if (at.isBefore(requestedAt)) {
      throw BusinessRuleViolation.invalid("grant.timeline.backwards", at, requestedAt);
    }
  }

  private void decide(AmendmentStatus outcome, AppUser by, Instant at, String comment) {
    status = outcome;
    decidedBy = by;
    decidedAt = at;
    decisionComment = comment;
  }

  /** Change in the grant's total this amendment makes (zero when it does not change it). */
  public BigDecimal totalAmountDelta() {
    return newTotalAmount == null ? Money.ZERO : newTotalAmount.subtract(oldTotalAmount);
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public int getAmendmentNo() {
    return amendmentNo;
  }

  public AmendmentType getAmendmentType() {
    return amendmentType;
  }

  public AmendmentStatus getStatus() {
    return status;
  }

  public String getDescription() {
    return description;
  }

  public String getReason() {
    return reason;
  }

  public BigDecimal getOldTotalAmount() {
    return oldTotalAmount;
  }

  public BigDecimal getNewTotalAmount() {
    return newTotalAmount;
  }

  public LocalDate getOldEndDate() {
    return oldEndDate;
  }

  public LocalDate getNewEndDate() {
    return newEndDate;
  }

  public AppUser getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public AppUser getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public long getVersion() {
    return version;
  }
}
