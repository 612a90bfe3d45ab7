package org.fundtrack.web.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.web.it.DrillRig;
import org.fundtrack.web.it.LifecycleWorkload;
import org.fundtrack.web.it.LifecycleWorkload.Step;
import org.junit.jupiter.api.Test;

/**
 * Time from a database restart to the first successful write: the crash drill's set-up (a MariaDB
 * of its own with binary logging, the application on its own Payara Micro), two clients running the
 * grant lifecycle, {@value #ROUNDS} rounds of {@code kill -9}, a pause, a restart. Per round it
 * prints how long MariaDB took to accept connections again and how long until the application
 * acknowledged a write again (lines starting "BENCH"). It asserts no time. Run it with {@code mvn
 * verify -Dit.test=RestartBenchmark}.
 */
class RestartBenchmark {

  private static final Logger LOG = Logger.getLogger(RestartBenchmark.class.getName());
  private static final int ROUNDS = 5;
  private static final Duration DOWN_FOR = Duration.ofSeconds(2);
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

  @Test
  void secondsFromDatabaseRestartToFirstSuccessfulWrite() throws Exception {
    try (DrillRig rig = new DrillRig("restart-bench")) {
      rig.start();
      LifecycleWorkload workload = rig.workload();
      List<Thread> clients = workload.start(2);
      List<Double> accepting = new ArrayList<>();
      List<Double> writing = new ArrayList<>();
      Thread.sleep(3000);
      for (int round = 0; round < ROUNDS; round++) {
        rig.database().kill();
        Thread.sleep(DOWN_FOR.toMillis());
        long restarted = System.nanoTime();
        rig.database().restartInBackground();
        accepting.add(secondsUntilAccepting(rig, restarted));
        writing.add(secondsUntilWrite(workload, restarted));
        int n = round + 1;
        LOG.info(
            () ->
                String.format(
                    "BENCH round %d: MariaDB accepting after %.2f s, first write after %.2f s",
                    n, accepting.get(n - 1), writing.get(n - 1)));
        Thread.sleep(2000);
      }
      workload.stop(clients);
      LOG.info(() -> "BENCH restart to accepting connections (s): " + summary(accepting));
      LOG.info(() -> "BENCH restart to first acknowledged write (s): " + summary(writing));
    }
  }

  private static double secondsUntilAccepting(DrillRig rig, long since) throws Exception {
    long deadline = since + GIVE_UP_AFTER.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = rig.database().root()) {
        if (c.isValid(5)) {
          return (System.nanoTime() - since) / 1e9;
        }
      } catch (java.sql.SQLException notYet) {
        Thread.sleep(20);
      }
    }
    throw new AssertionError("MariaDB did not come back");
  }

  private static double secondsUntilWrite(LifecycleWorkload workload, long since)
      throws InterruptedException {
    long deadline = since + GIVE_UP_AFTER.toNanos();
    while (System.nanoTime() < deadline) {
      long first =
          workload.steps().stream()
              .filter(s -> s.acknowledged() && !s.action().equals("read"))
              .filter(s -> s.sentNanos() > since)
              .mapToLong(Step::answeredNanos)
              .min()
              .orElse(0);
      if (first > 0) {
        return (first - since) / 1e9;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no write within " + GIVE_UP_AFTER);
  }

  private static String summary(List<Double> seconds) {
    List<Double> sorted = seconds.stream().sorted().toList();
    return String.format(
        "min %.2f, median %.2f, max %.2f over %d restarts",
        sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
  }
}
