package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialCacheTest {

  private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");
  private final VerifiedCredentialCache cache =
      new VerifiedCredentialCache(Duration.ofMinutes(5), 3);

  @Test
  void find_returnsTheVerificationOfExactlyThatUsernameAndPassword() {
    cache.remember("officer", "Fundtrack-demo-1", 7, "hash-7", T0);

    assertThat(cache.find("officer", "Fundtrack-demo-1", T0.plusSeconds(1)))
        .hasValueSatisfying(e -> assertThat(e.userId()).isEqualTo(7));
    assertThat(cache.find("officer", "Fundtrack-demo-2", T0)).isEmpty();
    assertThat(cache.find("officer2", "Fundtrack-demo-1", T0)).isEmpty();
  }

  @Test
  void find_doesNotConfuseWhereUsernameEndsAndPasswordBegins() {
    cache.remember("ab", "c-secret-pass", 1, "h", T0);

    assertThat(cache.find("a", "bc-secret-pass", T0)).isEmpty();
  }

  @Test
  void find_forgetsAVerificationOnceItExpires() {
    cache.remember("officer", "Fundtrack-demo-1", 7, "hash-7", T0);

    assertThat(cache.find("officer", "Fundtrack-demo-1", T0.plus(Duration.ofMinutes(5)))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void remember_staysWithinItsSize() {
    for (int i = 0; i < 10; i++) {
      cache.remember("user" + i, "password-" + i, i, "h" + i, T0);
    }

    assertThat(cache.size()).isLessThanOrEqualTo(3);
    assertThat(cache.find("user9", "password-9", T0)).isPresent();
  }

  @Test
  void forget_dropsTheVerification() {
    cache.remember("officer", "Fundtrack-demo-1", 7, "hash-7", T0);

    cache.forget("officer", "Fundtrack-demo-1");

    assertThat(cache.find("officer", "Fundtrack-demo-1", T0)).isEmpty();
  }

  @Test
  void twoInstances_useDifferentKeys() {
    VerifiedCredentialCache other = new VerifiedCredentialCache(Duration.ofMinutes(5), 3);
    cache.remember("officer", "Fundtrack-demo-1", 7, "hash-7", T0);

    assertThat(other.find("officer", "Fundtrack-demo-1", T0)).isEmpty();
  }
}
