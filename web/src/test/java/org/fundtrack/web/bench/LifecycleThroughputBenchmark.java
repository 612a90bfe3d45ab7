package org.fundtrack.web.bench;

import java.util.List;
import java.util.logging.Logger;
import org.fundtrack.web.it.DrillRig;
import org.fundtrack.web.it.LifecycleWorkload;
import org.fundtrack.web.it.LifecycleWorkload.Step;
import org.junit.jupiter.api.Test;

/**
 * Writes per second and their latency with one client beside sixteen, each running the grant
 * lifecycle through the API (create, submit, review, approve, execute, pay; creations at the same
 * time) for {@value #SECONDS} s, on the crash drill's set-up: a MariaDB of its own with binary
 * logging and one Payara Micro, on this machine. Prints lines starting "BENCH": acknowledged writes
 * per second, p50/p95/max latency, server errors (5xx or no answer; the goal is 0) and other
 * refusals. It asserts no time. Run it with {@code mvn verify -pl web
 * -Dit.test=LifecycleThroughputBenchmark}.
 */
class LifecycleThroughputBenchmark {

  private static final Logger LOG = Logger.getLogger(LifecycleThroughputBenchmark.class.getName());
  private static final int SECONDS = 30;

  @Test
  void writesPerSecondAndP95_withOneClientBesideSixteen() throws Exception {
    try (DrillRig rig = new DrillRig("throughput-bench")) {
      rig.start();
      run(rig, 1, true);
      for (int clients : List.of(1, 16)) {
        run(rig, clients, false);
      }
    }
  }

  private static void run(DrillRig rig, int clients, boolean warmUp) throws Exception {
    LifecycleWorkload workload = rig.workload().creatingConcurrently();
    long started = System.nanoTime();
    List<Thread> threads = workload.start(clients);
    Thread.sleep((warmUp ? 10 : SECONDS) * 1000L);
    workload.stop(threads);
    double elapsed = (System.nanoTime() - started) / 1e9;
    if (warmUp) {
      return;
    }
    List<Step> writes = workload.steps().stream().filter(s -> !s.action().equals("read")).toList();
    List<Double> latencies =
        writes.stream().filter(Step::acknowledged).map(Step::seconds).sorted().toList();
    long serverErrors =
        writes.stream().filter(s -> s.answer() == null || s.answer().status() >= 500).count();
    long refused =
        writes.stream().filter(s -> s.answer() != null && s.answer().status() / 100 == 4).count();
    LOG.info(
        () ->
            String.format(
                "BENCH %2d client(s): %d writes acknowledged in %.1f s = %.1f writes/s;"
                    + " latency p50 %.0f ms, p95 %.0f ms, max %.0f ms; server errors %d;"
                    + " refused (4xx) %d",
                clients,
                latencies.size(),
                elapsed,
                latencies.size() / elapsed,
                percentile(latencies, 50) * 1000,
                percentile(latencies, 95) * 1000,
                percentile(latencies, 100) * 1000,
                serverErrors,
                refused));
  }

  private static double percentile(List<Double> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
