package org.fundtrack.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class AppUserTest {

  private static final Instant T0 = Instant.parse("2024-05-01T13:00:00Z");

  @Test
  void recipientRole_requiresARecipientAndStaffRolesRefuseOne() {
    assertThat(TestData.recipientUser(7L).getRecipientId()).isEqualTo(7L);
    assertThrows(BusinessRuleViolation.class, () -> TestData.staff("x", Role.RECIPIENT));
    AppUser officer = TestData.staff("officer", Role.OFFICER);
    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> officer.changeRole(Role.AUDITOR, 7L));
    assertThat(e.getMessageKey()).isEqualTo("security.user.recipientMismatch");
    assertThat(officer.getRole()).isEqualTo(Role.OFFICER);
  }

  @Test
  void signInFailures_lockTheAccountAtTheThresholdUntilItExpires() {
    AppUser user = TestData.staff("officer", Role.OFFICER);
    Duration lock = Duration.ofMinutes(15);

    for (int i = 0; i < 4; i++) {
      user.recordSignInFailure(T0, 5, lock);
    }
    assertThat(user.isLockedAt(T0)).isFalse();
    user.recordSignInFailure(T0, 5, lock);

    assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(user.isLockedAt(T0.plus(lock))).isFalse();
  }

  @Test
  void signIn_clearsFailuresAndLock() {
    AppUser user = TestData.staff("officer", Role.OFFICER);
    user.recordSignInFailure(T0, 1, Duration.ofHours(1));

    user.recordSignIn(T0.plusSeconds(5));

    assertThat(user.getFailedSignIns()).isZero();
    assertThat(user.isLockedAt(T0.plusSeconds(5))).isFalse();
    assertThat(user.getLastSignInAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void preferredLocale_isEnglishOrFrench() {
    AppUser user = TestData.staff("officer", Role.OFFICER);

    user.setPreferredLocale(Locale.CANADA_FRENCH);
    assertThat(user.preferredLocale()).isEqualTo(Locale.FRENCH);
    user.setPreferredLocale(Locale.JAPANESE);
    assertThat(user.preferredLocale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void isSameUserAs_comparesIdentityBeforePersistence() {
    AppUser a = TestData.staff("a", Role.OFFICER);

    assertThat(a.isSameUserAs(a)).isTrue();
    assertThat(a.isSameUserAs(TestData.staff("a", Role.OFFICER))).isFalse();
    assertThat(a.isSameUserAs(null)).isFalse();
  }
}
