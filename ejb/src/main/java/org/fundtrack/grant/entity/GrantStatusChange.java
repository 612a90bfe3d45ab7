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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.entity.ColumnLimits;

/**
 * One step in a grant's append-only status history: who moved it from which status to which, when
 * and why. Only {@link GrantAgreement} creates these, as the result of a permitted move; no column
 * is ever updated.
 */
@Entity
@Table(name = "grant_status_change")
public class GrantStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private GrantAgreement grant;

  /** Null for the entry that records the grant's creation. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private GrantStatus fromStatus;

  @NotNull(message = "{field.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private GrantStatus toStatus;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "changed_by_id", nullable = false, updatable = false)
  private AppUser changedBy;

  @NotNull(message = "{field.required}")
  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Size(max = ColumnLimits.TEXT, message = "{field.tooLong}")
  @Column(name = "reason", updatable = false)
  private String reason;

  protected GrantStatusChange() {}

  GrantStatusChange(
      GrantAgreement grant,
      GrantStatus fromStatus,
      GrantStatus toStatus,
      AppUser changedBy,
      Instant changedAt,
      String reason) {
    this.grant = grant;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public GrantAgreement getGrant() {
    return grant;
  }

  public GrantStatus getFromStatus() {
    return fromStatus;
  }

  public GrantStatus getToStatus() {
    return toStatus;
  }

  public AppUser getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return reason;
  }
}
