package org.fundtrack.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps how many password checks this instance runs at once (by default one per core). A check costs
 * about 150 ms of one core; without the cap a flood of sign-ins would queue hundreds of them and
 * starve every page and API call. A caller that gets no permit within the wait (2 s by default) is
 * turned away instead of queueing behind the flood.
 */
@ApplicationScoped
public class PasswordCheckGate {

  @Inject
  @ConfigProperty(name = "fundtrack.signin.concurrent-checks", defaultValue = "0")
  int configuredPermits;

  @Inject
  @ConfigProperty(name = "fundtrack.signin.check-wait-millis", defaultValue = "2000")
  long waitMillis;

  private Semaphore permits;
  private int size;
  private Duration wait;

  protected PasswordCheckGate() {}

  /** A gate of {@code size} permits that waits at most {@code wait}: for tests and benchmarks. */
  public PasswordCheckGate(int size, Duration wait) {
    configure(size, wait);
  }

  @PostConstruct
  void configureFromSettings() {
    int cores = Runtime.getRuntime().availableProcessors();
    configure(configuredPermits > 0 ? configuredPermits : cores, Duration.ofMillis(waitMillis));
  }

  private void configure(int size, Duration wait) {
    if (size < 1) {
      throw new IllegalArgumentException("a gate needs at least one permit");
    }
    this.size = size;
    this.wait = wait;
    this.permits = new Semaphore(size, true);
  }

  /**
   * Runs {@code check} holding a permit; empty when no permit freed up within the wait (or the
   * thread was interrupted while waiting).
   */
  public <T> Optional<T> run(Supplier<T> check) {
    boolean entered;
    try {
      entered = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (!entered) {
      return Optional.empty();
    }
    try {
      return Optional.of(check.get());
    } finally {
      permits.release();
    }
  }

  /** How many checks may run at once. */
  public int size() {
    return size;
  }
}
