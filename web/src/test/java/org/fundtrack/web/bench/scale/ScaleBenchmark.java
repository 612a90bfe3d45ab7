package org.fundtrack.web.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures each hot path of a running FundTrack on a generated tier beside its bare baseline, in
 * the same run: p50/p95 over repeated requests, SQL statements per request (server counters), the
 * ratio to the baseline and the load average, then concurrent users on the grants page, the grants
 * API and {@code /health/live}, then the exports (last: they take minutes at tier M). Prints lines
 * starting BENCH and LOAD; asserts nothing.
 *
 * <p>Run against a started application (see the README): {@code mvn -pl web -Pbench
 * -Dbench.url=http://127.0.0.1:8480/ -Dbench.db.url=jdbc:mariadb://127.0.0.1:3399/fundtrack_m
 * -Dbench.tier=M}.
 */
public final class ScaleBenchmark {

  /** Unmeasured runs before the measured ones: fewer for the slow paths run a few times. */
  private static final int WARM_UP = 2;

  private static final String[] STAFF = {"officer", "officer2", "director", "auditor"};

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Client client = new Client(settings.url());
    try (Baselines baselines = new Baselines(settings);
        StatementCounter counter = new StatementCounter(settings)) {
      PageSession auditor = PageSession.signedIn(settings.url(), "auditor");
      print(
          String.format(
              "BENCH tier %s against %s, %d grants, load average %s",
              settings.tier(),
              settings.url(),
              baselines.number("SELECT COUNT(*) FROM grant_agreement"),
              loadAverage()));
      HotPaths paths = new HotPaths(client, baselines, auditor, settings.repeats());
      for (Probe probe : paths.all()) {
        measureIfChosen(probe, settings, counter);
      }
      if (settings.only().isEmpty()) {
        for (LoadPhase phase : loadPhases(client, settings)) {
          print(phase.run() + ", load average " + loadAverage());
        }
      }
      for (Probe probe : paths.exports()) {
        measureIfChosen(probe, settings, counter);
      }
    }
  }

  /** Measures the probe unless {@code bench.only} names other paths. */
  private static void measureIfChosen(Probe probe, BenchSettings settings, StatementCounter counter)
      throws IOException {
    if (settings.only().isEmpty() || probe.path().contains(settings.only())) {
      print(measureOrReport(probe, settings.tier(), counter));
    }
  }

  /** A path that fails is reported as such, and the run goes on with the next one. */
  private static String measureOrReport(Probe probe, String tier, StatementCounter counter) {
    try {
      return measure(probe, tier, counter);
    } catch (Exception e) {
      return String.format("BENCH %-70s tier %s FAILED: %s", probe.path(), tier, e);
    }
  }

  private static String measure(Probe probe, String tier, StatementCounter counter)
      throws Exception {
    for (int i = 0; i < Math.min(WARM_UP, probe.repeats() / 3); i++) {
      probe.action().run();
    }
    Samples path = new Samples();
    for (int i = 0; i < probe.repeats(); i++) {
      long before = counter.now();
      long t = System.nanoTime();
      probe.action().run();
      double millis = (System.nanoTime() - t) / 1e6;
      path.add(millis, counter.now() - before);
    }
    Samples base = new Samples();
    if (probe.baseline() != null) {
      probe.baseline().run();
      for (int i = 0; i < probe.repeats(); i++) {
        long t = System.nanoTime();
        probe.baseline().run();
        base.add((System.nanoTime() - t) / 1e6);
      }
    }
    return String.format(
        Locale.ROOT,
        "BENCH %-70s tier %s n %2d p50 %9.1f ms p95 %9.1f ms stmts %5d | baseline %-50s p50 %8.1f"
            + " ms | ratio %6.1f | load %s",
        probe.path(),
        tier,
        path.size(),
        path.p50(),
        path.p95(),
        path.statementsMedian(),
        probe.baselineName(),
        base.p50(),
        probe.baseline() == null ? Double.NaN : path.p50() / base.p50(),
        loadAverage());
  }

  private static List<LoadPhase> loadPhases(Client client, BenchSettings settings)
      throws Exception {
    List<LoadPhase.UserRequest> pages = new ArrayList<>();
    List<LoadPhase.UserRequest> api = new ArrayList<>();
    List<LoadPhase.UserRequest> live = new ArrayList<>();
    for (String user : users(settings.users())) {
      PageSession session = PageSession.signedIn(settings.url(), user);
      pages.add(() -> session.status("grants.xhtml"));
      api.add(() -> client.api(user, "api/v1/grants").statusCode());
      live.add(() -> client.api(user, "health/live").statusCode());
    }
    return List.of(
        new LoadPhase("health/live (throughput baseline)", live, Math.min(10, settings.seconds())),
        new LoadPhase("grants.xhtml", pages, settings.seconds()),
        new LoadPhase("GET api/v1/grants", api, settings.seconds()));
  }

  /** The staff demo users, then generated recipients' users (recipient3, recipient4, …). */
  private static List<String> users(int count) {
    List<String> users = new ArrayList<>();
    for (int i = 0; users.size() < count; i++) {
      users.add(i < STAFF.length ? STAFF[i] : "recipient" + (i - STAFF.length + 3));
    }
    return users;
  }

  private static String loadAverage() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }

  private static void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
