package org.fundtrack.web.bench.scale;

/**
 * One hot path and its bare baseline: what a user asks for, and the least the database must do to
 * answer it, measured in the same run.
 */
record Probe(String path, Action action, String baselineName, Action baseline, int repeats) {

  /** One run of a path or of its baseline. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }
}
