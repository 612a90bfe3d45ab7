package org.fundtrack.web.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fundtrack.security.control.PasswordCheckGate;
import org.fundtrack.security.control.PasswordHasher;

/**
 * Prints what one sign-in costs and what the check gate does to a flood; a main class, not a test
 * (no runner picks up *Benchmark). Run after {@code mvn -o -q package -DskipTests}:
 *
 * <pre>
 * java -cp ejb/target/classes:web/target/test-classes org.fundtrack.web.bench.SignInBenchmark
 * </pre>
 *
 * <ol>
 *   <li>One {@link PasswordHasher#verify} at 600,000 iterations: median of 11 after 3 warm-ups.
 *   <li>A flood: 60 sign-ins at once through a {@link PasswordCheckGate} of one permit per core
 *       with the 2 s wait, while a stand-in page request (about a millisecond of CPU every 5 ms)
 *       keeps running; prints how many checks ran, how many were turned away, and the page's median
 *       latency with and without the flood.
 * </ol>
 */
public final class SignInBenchmark {

  private static final char[] PASSWORD = "Fundtrack-demo-1".toCharArray();
  private static final PrintStream OUT = System.out;

  private SignInBenchmark() {}

  public static void main(String[] args) throws Exception {
    PasswordHasher hasher = new PasswordHasher();
    String stored = hasher.hash(PASSWORD);
    int cores = Runtime.getRuntime().availableProcessors();
    OUT.printf("JVM %s, %d cores%n", System.getProperty("java.vm.version"), cores);

    double verifyMs = medianMillis(3, 11, () -> hasher.verify(PASSWORD, stored));
    OUT.printf(
        "PasswordHasher.verify at %,d iterations: median %.1f ms%n",
        PasswordHasher.ITERATIONS, verifyMs);

    double pageAlone = medianMillis(500, 101, SignInBenchmark::pageWork);
    flood(hasher, stored, cores, pageAlone);
    OUT.println();
    OUT.println(
        "How throttling keeps floods from starving the cores: at most one check per core runs at"
            + " once (PasswordCheckGate); a sign-in that gets no permit within 2 s is turned away"
            + " (THROTTLED) without hashing. Before a check, the account lock (5 failures, 15 min)"
            + " and the client address's failures in the security log (20 in 15 min) are read,"
            + " so a locked account or a flooding address costs two indexed queries, never a hash."
            + " Checks run outside any transaction, so waiting sign-ins hold no database"
            + " connection. HTTP Basic clients are served from a per-instance cache of verified"
            + " credentials for 5 minutes, so API traffic does not hash per request.");
  }

  private static void flood(PasswordHasher hasher, String stored, int cores, double pageAlone)
      throws Exception {
    PasswordCheckGate gate = new PasswordCheckGate(cores, Duration.ofSeconds(2));
    int attempts = 60;
    ExecutorService attackers = Executors.newFixedThreadPool(attempts);
    List<Future<Optional<Boolean>>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < attempts; i++) {
      results.add(attackers.submit(() -> gate.run(() -> hasher.verify(PASSWORD, stored))));
    }
    List<Double> pageDuringFlood = new ArrayList<>();
    while (results.stream().anyMatch(f -> !f.isDone())) {
      pageDuringFlood.add(timeMillis(SignInBenchmark::pageWork));
      Thread.sleep(5);
    }
    long checked = 0;
    for (Future<Optional<Boolean>> result : results) {
      checked += result.get().isPresent() ? 1 : 0;
    }
    attackers.shutdown();
    attackers.awaitTermination(1, TimeUnit.MINUTES);
    OUT.printf(
        "Flood of %d simultaneous sign-ins, gate of %d permits, 2 s wait: %d checked, %d turned"
            + " away, over %.1f s%n",
        attempts, gate.size(), checked, attempts - checked, (System.nanoTime() - start) / 1e9);
    OUT.printf(
        "Stand-in page request (CPU only, one every 5 ms): median %.2f ms alone; during the flood"
            + " median %.2f ms, 95th percentile %.2f ms (%d samples)%n",
        pageAlone,
        median(pageDuringFlood),
        percentile(pageDuringFlood, 0.95),
        pageDuringFlood.size());
  }

  /** A few milliseconds of CPU, standing in for rendering a page. */
  private static Object pageWork() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(Integer.toHexString(i * 31));
    }
    return text.toString().hashCode();
  }

  private interface Work {
    Object run();
  }

  private static double medianMillis(int warmUps, int runs, Work work) {
    for (int i = 0; i < warmUps; i++) {
      work.run();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      times.add(timeMillis(work));
    }
    return median(times);
  }

  private static double timeMillis(Work work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double fraction) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty()
        ? Double.NaN
        : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * fraction)));
  }
}
