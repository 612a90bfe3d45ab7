package org.fundtrack.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.control.PasswordHasher;
import org.fundtrack.security.entity.AppUser;

/**
 * Checks a username and password against the stored PBKDF2 hash. One check costs about 150 ms of
 * a core, so callers verify once per session (pages) or cache the result (API), never per page.
 */
@Stateless
@PermitAll
public class CredentialVerifier {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @Inject private AppUserRepository users;

  /** The caller these credentials identify, if they are right and the account is enabled. */
  public Optional<Caller> verify(String username, char[] password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    return users
        .findByUsername(username)
        .filter(AppUser::isEnabled)
        .filter(user -> HASHER.verify(password, user.getPasswordHash()))
        .map(CurrentUser::toCaller);
  }

  /** The caller of an already signed-in session, re-read so a disabled account stops working. */
  public Optional<Caller> stillEnabled(String username) {
    return users.findByUsername(username).filter(AppUser::isEnabled).map(CurrentUser::toCaller);
  }
}
