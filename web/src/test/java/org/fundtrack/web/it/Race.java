package org.fundtrack.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one action per key on its own thread, all released at once, each call its own transaction
 * (the service's), and collects what each returned or threw. Used to make approvals and payments
 * race for the same rows.
 */
public final class Race {

  /** What one racer got: a result, or the exception it failed with. */
  public record Outcome<R>(R result, Throwable failure) {
    public boolean succeeded() {
      return failure == null;
    }
  }

  /** Something a racer does. */
  @FunctionalInterface
  public interface Action<K, R> {
    R run(K key) throws Exception;
  }

  private Race() {}

  public static <K, R> Map<K, Outcome<R>> run(List<K> keys, Action<K, R> action)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(keys.size());
    CountDownLatch ready = new CountDownLatch(keys.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome<R>>> futures = new ArrayList<>();
    try {
      for (K key : keys) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  try {
                    return new Outcome<>(action.run(key), null);
                  } catch (Throwable t) {
                    return new Outcome<R>(null, t);
                  }
                }));
      }
      ready.await();
      go.countDown();
      Map<K, Outcome<R>> outcomes = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        outcomes.put(keys.get(i), futures.get(i).get(5, TimeUnit.MINUTES));
      }
      return outcomes;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("A racer did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
