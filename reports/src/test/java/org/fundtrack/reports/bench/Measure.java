package org.fundtrack.reports.bench;

import java.util.Arrays;

/** Wall time and sampled peak heap of one run; enough for the benchmarks' printed figures. */
final class Measure {

  final long millis;
  final long peakHeapMb;

  private Measure(long millis, long peakHeapMb) {
    this.millis = millis;
    this.peakHeapMb = peakHeapMb;
  }

  static Measure run(Runnable work) {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long[] peak = {used(runtime)};
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], used(runtime));
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    work.run();
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampler.interrupt();
    return new Measure(millis, Math.max(peak[0], used(runtime)) / (1024 * 1024));
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long used(Runtime runtime) {
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
