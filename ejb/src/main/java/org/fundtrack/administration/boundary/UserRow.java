package org.fundtrack.administration.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.fundtrack.security.entity.Role;

/** One user as the administration list shows it; never the password hash. */
public record UserRow(
    long id,
    String username,
    String displayName,
    String email,
    Role role,
    Long recipientId,
    String recipientName,
    boolean enabled,
    Instant lockedUntil,
    Instant lastSignInAt,
    String preferredLanguage)
    implements Serializable {

  /** Whether repeated failures keep the account locked at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
