package org.fundtrack.grant.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a grant is in its life, and the one place the allowed moves are written down:
 *
 * <pre>
 * DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED → ACTIVE → CLOSED
 * SUBMITTED, UNDER_REVIEW → DECLINED
 * DRAFT, SUBMITTED, UNDER_REVIEW → WITHDRAWN
 * APPROVED, ACTIVE → TERMINATED
 * </pre>
 *
 * CLOSED, DECLINED, WITHDRAWN and TERMINATED are final.
 */
public enum GrantStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  APPROVED,
  ACTIVE,
  CLOSED,
  DECLINED,
  WITHDRAWN,
  TERMINATED;

  /** The statuses this one may move to; empty for a final status. */
  public Set<GrantStatus> successors() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(UNDER_REVIEW, DECLINED, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(APPROVED, DECLINED, WITHDRAWN);
      case APPROVED -> EnumSet.of(ACTIVE, TERMINATED);
      case ACTIVE -> EnumSet.of(CLOSED, TERMINATED);
      case CLOSED, DECLINED, WITHDRAWN, TERMINATED -> EnumSet.noneOf(GrantStatus.class);
    };
  }

  public boolean canTransitionTo(GrantStatus target) {
    return target != null && successors().contains(target);
  }

  public boolean isFinal() {
    return successors().isEmpty();
  }

  /** Before approval the terms may still be edited; afterwards only through an amendment. */
  public boolean isEditable() {
    return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW;
  }

  /**
   * Statuses whose year allocations count in their budget lines' committed amounts: from approval
   * on, including a terminated grant's (its unpaid part is released explicitly).
   */
  public boolean holdsCommitment() {
    return this == APPROVED || this == ACTIVE || this == CLOSED || this == TERMINATED;
  }
}
