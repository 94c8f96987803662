package org.persistentchat.time;

import java.time.Instant;
import java.util.Objects;

/**
 * A point in time as .NET {@code DateTime} ticks: 100 ns intervals since 0001-01-01T00:00:00 UTC.
 *
 * <p>Lync stores every {@code mgc} and {@code mgccomp} timestamp this way ({@code chatDate},
 * {@code cmplTime}, ...), and reporting tools convert them with {@code dbo.fnTicksToDate}; keeping
 * the encoding lets those queries run unchanged on our databases.
 */
public record Ticks(long value) implements Comparable<Ticks> {

  /** Ticks between 0001-01-01 and the Unix epoch. */
  static final long EPOCH_OFFSET = 621_355_968_000_000_000L;

  private static final long TICKS_PER_SECOND = 10_000_000L;
  private static final long NANOS_PER_TICK = 100L;

  public Ticks {
    if (value < 0) {
      throw new IllegalArgumentException("ticks must not be negative: " + value);
    }
  }

  public static Ticks of(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long seconds = Math.addExact(instant.getEpochSecond(), EPOCH_OFFSET / TICKS_PER_SECOND);
    return new Ticks(
        Math.addExact(
            Math.multiplyExact(seconds, TICKS_PER_SECOND), instant.getNano() / NANOS_PER_TICK));
  }

  public Instant toInstant() {
    long sinceEpoch = value - EPOCH_OFFSET;
    return Instant.ofEpochSecond(
        Math.floorDiv(sinceEpoch, TICKS_PER_SECOND),
        Math.floorMod(sinceEpoch, TICKS_PER_SECOND) * NANOS_PER_TICK);
  }

  @Override
  public int compareTo(Ticks other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value + " (" + toInstant() + ")";
  }
}
