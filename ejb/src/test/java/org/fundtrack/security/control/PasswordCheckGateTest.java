package org.fundtrack.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordCheckGateTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void run_turnsAwayACheckWhenEveryPermitIsHeldBeyondTheWait() throws Exception {
    PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(50));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Optional<String>> first =
        pool.submit(
            () ->
                gate.run(
                    () -> {
                      holding.countDown();
                      await(release);
                      return "first";
                    }));
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

    Optional<String> second = gate.run(() -> "second");
    release.countDown();

    assertThat(second).isEmpty();
    assertThat(first.get(5, TimeUnit.SECONDS)).contains("first");
    assertThat(gate.run(() -> "third")).contains("third");
  }

  @Test
  void run_neverLetsMoreChecksRunAtOnceThanPermits() throws Exception {
    PasswordCheckGate gate = new PasswordCheckGate(2, Duration.ofSeconds(5));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Runnable task =
        () ->
            gate.run(
                () -> {
                  most.accumulateAndGet(running.incrementAndGet(), Math::max);
                  sleep(20);
                  return running.decrementAndGet();
                });
    for (int i = 0; i < 12; i++) {
      pool.submit(task);
    }
    pool.shutdown();

    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void run_releasesThePermitWhenTheCheckThrows() {
    PasswordCheckGate gate = new PasswordCheckGate(1, Duration.ofMillis(10));

    try {
      gate.run(
          () -> {
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // the gate passes the failure on; what matters is the permit afterwards
    }

    assertThat(gate.run(() -> "after")).contains("after");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
