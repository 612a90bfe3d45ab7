package org.fundtrack.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The throttling rules of sign-in, as plain decisions over counts the database already holds, so
 * every clustered instance decides the same way. An account locks after {@code maxAccountFailures}
 * failures in a row (on the user row); a username nobody owns is throttled the same way from its
 * recent failures, so throttling does not tell which accounts exist; a client address is refused
 * once it has failed {@code maxAddressFailures} times within {@code addressWindow}.
 */
public record SignInPolicy(
    int maxAccountFailures, Duration accountLock, int maxAddressFailures, Duration addressWindow) {

  /** Why an attempt is refused without checking its password. */
  public enum Refusal {
    ACCOUNT_LOCKED("account locked"),
    ADDRESS_THROTTLED("address throttled"),
    BUSY("too many sign-ins in progress");

    private final String detail;

    Refusal(String detail) {
      this.detail = detail;
    }

    /** The wording kept in the security log. */
    public String detail() {
      return detail;
    }
  }

  public SignInPolicy {
    if (maxAccountFailures < 1 || maxAddressFailures < 1) {
      throw new IllegalArgumentException("failure limits must be at least 1");
    }
    if (accountLock.isNegative()
        || accountLock.isZero()
        || addressWindow.isNegative()
        || addressWindow.isZero()) {
      throw new IllegalArgumentException("lock and window must be positive");
    }
  }

  /** Five failures lock an account for 15 minutes; 20 failures in 15 minutes pause an address. */
  public static SignInPolicy defaults() {
    return new SignInPolicy(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(15));
  }

  /** Failures of an address are counted from this instant on. */
  public Instant addressWindowStart(Instant now) {
    return now.minus(addressWindow);
  }

  /** Failures of a username nobody owns are counted from this instant on. */
  public Instant unknownUsernameWindowStart(Instant now) {
    return now.minus(accountLock);
  }

  /**
   * The refusal, if any, for an attempt at {@code now}. {@code lockedUntil} is the account's lock
   * (null when unlocked or when the account does not exist); {@code usernameFailures} counts recent
   * failures of a username nobody owns (ignored for an existing account).
   */
  public Optional<Refusal> refusal(
      boolean accountExists,
      Instant lockedUntil,
      long usernameFailures,
      long addressFailures,
      Instant now) {
    if (addressFailures >= maxAddressFailures) {
      return Optional.of(Refusal.ADDRESS_THROTTLED);
    }
    boolean locked =
        accountExists
            ? lockedUntil != null && now.isBefore(lockedUntil)
            : usernameFailures >= maxAccountFailures;
    return locked ? Optional.of(Refusal.ACCOUNT_LOCKED) : Optional.empty();
  }
}
