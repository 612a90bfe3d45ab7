package org.fundtrack.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
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

  /**
   * A digest of what a signed-in session depends on: the stored password hash, the role and the
   * organisation. A session keeps the stamp of its sign-in and ends when the stamp changes, so a
   * password reset or a new role takes effect at the user's next request.
   */
  public String stamp() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (passwordHash + "|" + role + "|" + recipientId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
