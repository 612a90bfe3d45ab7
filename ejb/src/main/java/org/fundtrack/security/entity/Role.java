package org.fundtrack.security.entity;

/**
 * A user's one role. Recipient users are tied to their organisation and see only its grants;
 * auditors read everything and change nothing.
 */
public enum Role {
  OFFICER,
  DIRECTOR,
  RECIPIENT,
  AUDITOR,
  ADMIN;

  /** Ministry staff roles; everyone but recipients. */
  public boolean isStaff() {
    return this != RECIPIENT;
  }

  /** Only these roles may hold delegated approval authority. */
  public boolean mayHoldApprovalAuthority() {
    return this == OFFICER || this == DIRECTOR;
  }
}
