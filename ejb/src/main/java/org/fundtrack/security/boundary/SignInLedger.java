package org.fundtrack.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.control.SignInAccount;
import org.fundtrack.security.entity.AppUser;

/**
 * The writes a sign-in makes to the user row, each in its own short transaction with the row
 * locked: the password check itself runs outside any transaction, so a sign-in never holds a
 * database connection or a row lock while it hashes. Only {@link SignInService} calls this.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInLedger {

  @Inject private AppUserRepository users;

  /** Counts a failed sign-in of user {@code userId}, locking the account at the threshold. */
  public void failed(long userId, Instant at, int maxFailures, Duration lockFor) {
    users.findByIdForUpdate(userId).ifPresent(u -> u.recordSignInFailure(at, maxFailures, lockFor));
  }

  /**
   * Records a successful sign-in, replacing the stored hash by {@code upgradedHash} when one is
   * given. Empty, and nothing changed, when the account was disabled or its password changed since
   * {@code verifiedHash} was checked: the sign-in must then fail.
   */
  public Optional<SignInAccount> succeeded(
      long userId, String verifiedHash, String upgradedHash, Instant at) {
    Optional<AppUser> user =
        users
            .findByIdForUpdate(userId)
            .filter(AppUser::isEnabled)
            .filter(u -> u.getPasswordHash().equals(verifiedHash));
    user.ifPresent(
        u -> {
          if (upgradedHash != null) {
            u.changePasswordHash(upgradedHash);
          }
          u.recordSignIn(at);
        });
    return user.flatMap(u -> users.findSignInAccount(userId));
  }
}
