package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fundtrack.security.entity.Role;
import org.junit.jupiter.api.Test;

class SignInAccountTest {

  private static SignInAccount account(String hash, Role role, Long recipientId, boolean enabled) {
    return new SignInAccount(1, "u", "U", role, recipientId, hash, enabled, null);
  }

  @Test
  void stamp_changesWithThePasswordTheRoleOrTheOrganisation() {
    String stamp = account("h1", Role.RECIPIENT, 1L, true).stamp();

    assertThat(account("h1", Role.RECIPIENT, 1L, true).stamp()).isEqualTo(stamp);
    assertThat(account("h2", Role.RECIPIENT, 1L, true).stamp()).isNotEqualTo(stamp);
    assertThat(account("h1", Role.OFFICER, null, true).stamp()).isNotEqualTo(stamp);
    assertThat(account("h1", Role.RECIPIENT, 2L, true).stamp()).isNotEqualTo(stamp);
  }

  @Test
  void stamp_neverShowsTheHash() {
    assertThat(account("pbkdf2-sha256$600000$salt$key", Role.ADMIN, null, true).stamp())
        .doesNotContain("pbkdf2")
        .hasSize(43);
  }

  @Test
  void isLockedAt_holdsUntilTheLockEnds() {
    Instant until = Instant.parse("2026-11-25T15:00:00Z");
    SignInAccount locked = new SignInAccount(1, "u", "U", Role.ADMIN, null, "h", true, until);

    assertThat(locked.isLockedAt(until.minusSeconds(1))).isTrue();
    assertThat(locked.isLockedAt(until)).isFalse();
  }
}
