package org.fundtrack.web.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent users for a fixed time, each in a loop of one request at a time: requests per second,
 * p50/p95 latency, and every answer that was not a 200 counted by status (429 included), plus
 * failures without an answer. Bounded in time and count: it stops by itself.
 */
final class LoadPhase {

  /** One user's request; returns the HTTP status. */
  @FunctionalInterface
  interface UserRequest {
    int send() throws Exception;
  }

  private static final int MAX_REQUESTS_PER_USER = 100_000;

  private final String name;
  private final List<UserRequest> users;
  private final int seconds;
  private final Samples samples = new Samples();
  private final Map<String, Integer> errors = new TreeMap<>();

  LoadPhase(String name, List<UserRequest> users, int seconds) {
    this.name = name;
    this.users = users;
    this.seconds = seconds;
  }

  /** Runs every user at once until the time is up; returns the printed line. */
  String run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (UserRequest user : users) {
      running.add(pool.submit(() -> loop(user, deadline)));
    }
    for (Future<?> user : running) {
      user.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - started) / 1e9;
    return String.format(
        "LOAD %s: %d users for %.0f s: %d requests, %.1f requests/s, p50 %.0f ms, p95 %.0f ms,"
            + " errors %s",
        name,
        users.size(),
        elapsed,
        samples.size(),
        samples.size() / elapsed,
        samples.p50(),
        samples.p95(),
        errors.isEmpty() ? "none" : errors);
  }

  private void loop(UserRequest user, long deadline) {
    for (int i = 0; i < MAX_REQUESTS_PER_USER && System.nanoTime() < deadline; i++) {
      long t = System.nanoTime();
      String error = null;
      try {
        int status = user.send();
        if (status != 200) {
          error = String.valueOf(status);
        }
      } catch (Exception e) {
        error = e.getClass().getSimpleName();
      }
      samples.add((System.nanoTime() - t) / 1e6);
      if (error != null) {
        synchronized (errors) {
          errors.merge(error, 1, Integer::sum);
        }
      }
    }
  }
}
