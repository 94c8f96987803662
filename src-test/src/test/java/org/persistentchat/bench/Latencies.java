package org.persistentchat.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Post-to-delivery times from many reader threads at once, in 100 µs buckets up to 60 s (beyond
 * that, in the last bucket), so percentiles cost no sorting and no allocation per sample.
 */
final class Latencies {

  private static final long BUCKET_NANOS = 100_000;
  private static final int BUCKETS = 600_000;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  void record(long nanos) {
    counts.incrementAndGet((int) Math.min(BUCKETS - 1, Math.max(0, nanos / BUCKET_NANOS)));
    total.incrementAndGet();
    max.accumulateAndGet(nanos, Math::max);
  }

  long count() {
    return total.get();
  }

  /** The upper edge of the bucket holding the given quantile, in milliseconds. */
  double percentileMillis(double quantile) {
    long n = total.get();
    if (n == 0) {
      return Double.NaN;
    }
    long rank = (long) Math.ceil(quantile * n);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return (i + 1) * BUCKET_NANOS / 1e6;
      }
    }
    return maxMillis();
  }

  double maxMillis() {
    return max.get() / 1e6;
  }
}
