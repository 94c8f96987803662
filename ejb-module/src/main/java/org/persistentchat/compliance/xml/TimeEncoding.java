package org.persistentchat.compliance.xml;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.persistentchat.time.Ticks;

/** The three encodings every time element carries: since1970, string and long. */
final class TimeEncoding {

  private TimeEncoding() {}

  /** Milliseconds since the Unix epoch. */
  static String since1970(Instant at) {
    return Long.toString(at.toEpochMilli());
  }

  /** ISO-8601 in UTC with a {@code Z}, which is also a valid {@code xs:dateTime}. */
  static String string(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }

  /** .NET ticks, the encoding of mgc and mgccomp. */
  static String ticks(Instant at) {
    return Long.toString(Ticks.of(at).value());
  }
}
