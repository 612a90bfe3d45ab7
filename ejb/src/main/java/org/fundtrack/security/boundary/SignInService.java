package org.fundtrack.security.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.control.CredentialVerifier;
import org.fundtrack.security.control.PasswordCheckGate;
import org.fundtrack.security.control.SecurityEventRepository;
import org.fundtrack.security.control.SignInAccount;
import org.fundtrack.security.control.SignInPolicy;
import org.fundtrack.security.control.SignInPolicy.Refusal;
import org.fundtrack.security.control.SignInSettings;
import org.fundtrack.security.control.VerifiedCredentialCache;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Checks a username and password, guarding three things: repeated failures are throttled per
 * account and per client address (decided from the database, so the whole cluster agrees); no more
 * password checks run at once than the instance has cores; and an unknown user, a disabled one and
 * a wrong password cost the same time and end the same way. Every attempt lands in the security
 * log, in its own transaction.
 *
 * <p>It runs outside any transaction: the 150 ms check must not hold a connection or a row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

  private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

  @Inject private AppUserRepository users;
  @Inject private SecurityEventRepository events;
  @Inject private CredentialVerifier verifier;
  @Inject private PasswordCheckGate gate;
  @Inject private SignInSettings settings;
  @Inject private VerifiedCredentialCache verified;
  @EJB private SignInLedger ledger;
  @EJB private SecurityEventRecorder recorder;

  /** One checked sign-in: throttle, check the password once, record, upgrade a weak hash. */
  public SignInOutcome authenticate(String username, String password, String clientAddress) {
    String typed = username == null ? "" : username;
    SignInPolicy policy = settings.policy();
    Optional<SignInAccount> account = users.findSignInAccount(typed);
    Optional<Refusal> refusal = refusal(policy, typed, account, clientAddress);
    if (refusal.isPresent()) {
      return throttled(typed, account, clientAddress, refusal.get());
    }
    Optional<Check> check = gate.run(() -> check(policy, typed, password, clientAddress));
    if (check.isEmpty()) {
      return throttled(typed, account, clientAddress, Refusal.BUSY);
    }
    return conclude(policy, typed, clientAddress, check.get());
  }

  /**
   * As {@link #authenticate}, for HTTP Basic: a username and password this instance verified in the
   * last few minutes is accepted without hashing again (and without a new log line) while the
   * account is still enabled, unlocked and has the same stored hash. Identical requests arriving
   * together while nothing is remembered share one check.
   */
  public SignInOutcome authenticateRepeated(
      String username, String password, String clientAddress) {
    if (username == null || password == null) {
      return authenticate(username, password, clientAddress);
    }
    Instant now = now();
    Optional<SignInAccount> remembered =
        verified
            .find(username, password, now)
            .flatMap(
                entry ->
                    users
                        .findSignInAccount(entry.userId())
                        .filter(a -> a.enabled() && !a.isLockedAt(now))
                        .filter(a -> a.passwordHash().equals(entry.passwordHash())));
    if (remembered.isPresent()) {
      return success(remembered.get());
    }
    verified.forget(username, password);
    return verified.once(
        username,
        password,
        clientAddress,
        () -> {
          SignInOutcome outcome = authenticate(username, password, clientAddress);
          outcome
              .signedIn()
              .flatMap(caller -> users.findSignInAccount(caller.userId()))
              .ifPresent(a -> verified.remember(username, password, a.id(), a.passwordHash(), now));
          return outcome;
        });
  }

  /**
   * The caller of a signed-in session, re-read on each request: empty, so the session must end,
   * once the account is disabled or {@code stamp} (kept from the sign-in) no longer matches because
   * the password, role or organisation changed.
   */
  public Optional<Caller> stillSignedIn(long userId, String stamp) {
    return users
        .findSignInAccount(userId)
        .filter(SignInAccount::enabled)
        .filter(a -> a.stamp().equals(stamp))
        .map(SignInService::toCaller);
  }

  /** The result of a password check made while holding a permit of the gate. */
  private record Check(
      Optional<SignInAccount> account, Refusal refusal, boolean matched, String upgradedHash) {}

  private Check check(SignInPolicy policy, String typed, String password, String clientAddress) {
    Optional<SignInAccount> account = users.findSignInAccount(typed);
    Optional<Refusal> refusal = refusal(policy, typed, account, clientAddress);
    if (refusal.isPresent()) {
      return new Check(account, refusal.get(), false, null);
    }
    String stored =
        account.filter(SignInAccount::enabled).map(SignInAccount::passwordHash).orElse(null);
    boolean matched = verifier.verify(password, stored);
    String upgraded = matched && verifier.needsUpgrade(stored) ? verifier.hash(password) : null;
    return new Check(account, null, matched, upgraded);
  }

  private SignInOutcome conclude(
      SignInPolicy policy, String typed, String clientAddress, Check check) {
    if (check.refusal() != null) {
      return throttled(typed, check.account(), clientAddress, check.refusal());
    }
    Optional<SignInAccount> account = check.account();
    Instant now = now();
    if (check.matched()) {
      SignInAccount known = account.orElseThrow();
      Optional<SignInAccount> signedIn =
          ledger.succeeded(known.id(), known.passwordHash(), check.upgradedHash(), now);
      if (signedIn.isPresent()) {
        recorder.signInSucceeded(typed, known.id(), clientAddress);
        if (check.upgradedHash() != null) {
          LOG.info(() -> "Password hash of user " + known.id() + " upgraded at sign-in");
        }
        return success(signedIn.get());
      }
    }
    account.ifPresent(
        a -> ledger.failed(a.id(), now, policy.maxAccountFailures(), policy.accountLock()));
    recorder.signInFailed(
        typed, account.map(SignInAccount::id).orElse(null), clientAddress, failureDetail(account));
    return SignInOutcome.failed();
  }

  private Optional<Refusal> refusal(
      SignInPolicy policy, String typed, Optional<SignInAccount> account, String clientAddress) {
    Instant now = now();
    long addressFailures =
        events.failuresFromAddress(clientAddress, policy.addressWindowStart(now));
    long usernameFailures =
        account.isPresent()
            ? 0
            : events.failuresOfUsername(typed, policy.unknownUsernameWindowStart(now));
    return policy.refusal(
        account.isPresent(),
        account.map(SignInAccount::lockedUntil).orElse(null),
        usernameFailures,
        addressFailures,
        now);
  }

  private SignInOutcome throttled(
      String typed, Optional<SignInAccount> account, String clientAddress, Refusal refusal) {
    recorder.signInThrottled(
        typed, account.map(SignInAccount::id).orElse(null), clientAddress, refusal.detail());
    return SignInOutcome.throttled();
  }

  private static String failureDetail(Optional<SignInAccount> account) {
    if (account.isEmpty()) {
      return "unknown user";
    }
    return account.get().enabled() ? "wrong password" : "account disabled";
  }

  private static SignInOutcome success(SignInAccount account) {
    return SignInOutcome.success(toCaller(account), account.stamp());
  }

  static Caller toCaller(SignInAccount account) {
    return new Caller(
        account.id(),
        account.username(),
        account.displayName(),
        account.role(),
        account.recipientId());
  }

  private static Instant now() {
    return BusinessClock.now();
  }
}
