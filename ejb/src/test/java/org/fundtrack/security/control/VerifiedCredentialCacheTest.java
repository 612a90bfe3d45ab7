package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void once_sharesOneRunningCheckAmongIdenticalRequests_butNotAcrossAddresses() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    CountDownLatch inCheck = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<String> leader =
          pool.submit(
              () ->
                  cache.once(
                      "officer",
                      "pw",
                      "10.0.0.1",
                      () -> {
                        checks.incrementAndGet();
                        inCheck.countDown();
                        await(release);
                        return "checked";
                      }));
      inCheck.await(5, TimeUnit.SECONDS);
      List<Future<String>> followers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        followers.add(
            pool.submit(
                () ->
                    cache.once(
                        "officer", "pw", "10.0.0.1", () -> "own " + checks.incrementAndGet())));
      }
      String elsewhere = cache.once("officer", "pw", "10.0.0.2", () -> "other address");
      Thread.sleep(500);
      release.countDown();

      assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("checked");
      for (Future<String> follower : followers) {
        assertThat(follower.get(5, TimeUnit.SECONDS)).isEqualTo("checked");
      }
      assertThat(elsewhere).isEqualTo("other address");
      assertThat(checks).hasValue(1);
      assertThat(cache.once("officer", "pw", "10.0.0.1", () -> "next burst"))
          .isEqualTo("next burst");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
