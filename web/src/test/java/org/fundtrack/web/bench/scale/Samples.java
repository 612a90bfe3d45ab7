package org.fundtrack.web.bench.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations (and statement counts) of repeated runs of one path, with their percentiles. */
final class Samples {

  private final List<Double> millis = new ArrayList<>();
  private final List<Long> statements = new ArrayList<>();

  synchronized void add(double elapsedMillis, long statementCount) {
    millis.add(elapsedMillis);
    statements.add(statementCount);
  }

  synchronized void add(double elapsedMillis) {
    millis.add(elapsedMillis);
  }

  synchronized int size() {
    return millis.size();
  }

  synchronized double p50() {
    return percentile(millis, 50);
  }

  synchronized double p95() {
    return percentile(millis, 95);
  }

  /** The median statement count: a stray statement of another client does not move it. */
  synchronized long statementsMedian() {
    if (statements.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(statements);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
