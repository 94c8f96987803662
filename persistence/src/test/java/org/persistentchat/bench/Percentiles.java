package org.persistentchat.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as nearest-rank percentiles in milliseconds. */
final class Percentiles {

  private final long[] samples;
  private int size;

  Percentiles(int capacity) {
    samples = new long[capacity];
  }

  void add(long nanos) {
    samples[size++] = nanos;
  }

  double millis(double percentile) {
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }

  String summary() {
    return String.format("p50 %.2f ms, p99 %.2f ms (%d runs)", millis(50), millis(99), size);
  }
}
