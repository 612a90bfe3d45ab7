package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.fundtrack.security.control.SignInPolicy.Refusal;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private final SignInPolicy policy =
      new SignInPolicy(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(10));

  @Test
  void refusal_noneForAnUnlockedAccountFromAQuietAddress() {
    assertThat(policy.refusal(true, null, 0, 19, NOW)).isEmpty();
    assertThat(policy.refusal(true, NOW.minusSeconds(1), 0, 0, NOW)).isEmpty();
  }

  @Test
  void refusal_accountLockedUntilTheLockExpires() {
    Instant until = NOW.plusSeconds(60);

    assertThat(policy.refusal(true, until, 0, 0, NOW)).contains(Refusal.ACCOUNT_LOCKED);
    assertThat(policy.refusal(true, until, 0, 0, until)).isEmpty();
  }

  @Test
  void refusal_addressThrottledFromTheLimitOn() {
    assertThat(policy.refusal(true, null, 0, 20, NOW)).contains(Refusal.ADDRESS_THROTTLED);
    assertThat(policy.refusal(false, null, 0, 21, NOW)).contains(Refusal.ADDRESS_THROTTLED);
  }

  @Test
  void refusal_addressWinsOverAccountSoTheLogNamesTheWiderCause() {
    assertThat(policy.refusal(true, NOW.plusSeconds(60), 0, 20, NOW))
        .contains(Refusal.ADDRESS_THROTTLED);
  }

  @Test
  void refusal_unknownUsernameIsThrottledLikeAnAccountAfterAsManyFailures() {
    assertThat(policy.refusal(false, null, 4, 0, NOW)).isEmpty();
    assertThat(policy.refusal(false, null, 5, 0, NOW)).contains(Refusal.ACCOUNT_LOCKED);
  }

  @Test
  void refusal_ignoresUsernameFailuresForAnExistingAccount() {
    assertThat(policy.refusal(true, null, 50, 0, NOW)).isEmpty();
  }

  @Test
  void windows_startTheConfiguredTimeBeforeNow() {
    assertThat(policy.addressWindowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
    assertThat(policy.unknownUsernameWindowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
  }

  @Test
  void constructor_refusesLimitsThatWouldLockEverybodyOrNobody() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInPolicy(0, Duration.ofMinutes(1), 1, Duration.ofMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInPolicy(1, Duration.ZERO, 1, Duration.ofMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInPolicy(1, Duration.ofMinutes(1), 1, Duration.ofMinutes(-1)));
  }

  @Test
  void defaults_lockAfterFiveAndPauseAnAddressAfterTwenty() {
    SignInPolicy defaults = SignInPolicy.defaults();

    assertThat(defaults.maxAccountFailures()).isEqualTo(5);
    assertThat(defaults.maxAddressFailures()).isEqualTo(20);
    assertThat(defaults.accountLock()).isEqualTo(Duration.ofMinutes(15));
  }
}
