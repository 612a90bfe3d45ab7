package org.fundtrack.security.boundary;

import java.io.Serializable;
import java.util.Optional;
import org.fundtrack.security.entity.Role;

/**
 * The signed-in user as the services see it: small, immutable and Serializable, so it may sit in a
 * session. A recipient caller carries its organisation; every other role carries none.
 */
public record Caller(long userId, String username, String displayName, Role role, Long recipientId)
    implements Serializable {

  public boolean isRecipient() {
    return role == Role.RECIPIENT;
  }

  /** The organisation a recipient caller is limited to; empty for ministry staff. */
  public Optional<Long> recipientScope() {
    return isRecipient() ? Optional.ofNullable(recipientId) : Optional.empty();
  }

  /**
   * Whether this caller may see records of {@code recipientId}: staff see all, recipients their
   * own.
   */
  public boolean maySeeRecipient(long recipientId) {
    return !isRecipient() || (this.recipientId != null && this.recipientId == recipientId);
  }

  public boolean isReadOnly() {
    return role == Role.AUDITOR;
  }
}
