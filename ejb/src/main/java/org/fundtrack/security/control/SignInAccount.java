package org.fundtrack.security.control;

import java.time.Instant;
import org.fundtrack.security.entity.Role;

/**
 * What sign-in needs to know of a user, read in one query: never an entity, so nothing is lazily
 * loaded or accidentally written while a password is being checked.
 */
public record SignInAccount(
    long id,
    String username,
    String displayName,
    Role role,
    Long recipientId,
    String passwordHash,
    boolean enabled,
    Instant lockedUntil) {

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }
}
