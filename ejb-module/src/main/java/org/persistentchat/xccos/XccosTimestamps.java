package org.persistentchat.xccos;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The ISO-8601 UTC timestamps of {@code ts} and {@code serverTime}. The server writes the .NET
 * round-trip form with seven fraction digits ({@code 2010-09-14T14:26:17.6206356Z}); clients
 * send whole seconds ({@code 2013-08-03T12:00:00Z}) and SIPE tolerates a missing zone.
 */
public final class XccosTimestamps {

  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private XccosTimestamps() {}

  /** The server form: UTC, 100-nanosecond precision (.NET ticks), {@code Z} suffix. */
  public static String format(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    // Seven fraction digits truncate to the 100 ns tick, as .NET does.
    return WRITE.format(instant);
  }

  /**
   * Reads an ISO-8601 date-time with an optional fraction and zone; a zone-less value is UTC.
   *
   * @throws IllegalArgumentException if the text is not such a date-time
   */
  public static Instant parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      if (hasZone(text)) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      }
      return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 timestamp: " + text, e);
    }
  }

  private static boolean hasZone(String text) {
    if (text.endsWith("Z")) {
      return true;
    }
    int time = text.indexOf('T');
    return time >= 0 && (text.indexOf('+', time) >= 0 || text.indexOf('-', time) >= 0);
  }
}
