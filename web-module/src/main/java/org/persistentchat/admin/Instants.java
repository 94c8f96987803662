package org.persistentchat.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.persistentchat.admin.problem.InvalidFieldException;

/**
 * Dates in request bodies: an ISO-8601 instant ({@code 2026-11-01T09:30:00Z}), or a calendar date
 * ({@code 2026-11-01}) meaning its first moment in UTC, as the cmdlets' -StartDate accepted dates.
 */
public final class Instants {

  private Instants() {}

  /** Null for null or blank; a value that is neither form is the named field's fault. */
  public static Instant parse(String field, String text) throws InvalidFieldException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, "instant",
          "must be an ISO-8601 instant such as 2026-11-01T09:30:00Z or a date such as 2026-11-01");
    }
  }
}
