package org.persistentchat.compliance.queue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;

/**
 * The compliance event on the queue: the body of a {@code MapMessage}, field by field, with a
 * format version. Explicit fields instead of Java serialization, so that a message written by one
 * release is read by the next, and the queue never deserializes classes chosen by its content.
 *
 * <p>Version 1 fields: {@value #VERSION} (int), {@code eventId} (UUID text), {@code action}
 * ({@link ComplianceAction} name), {@code at} (ISO-8601 instant, nanosecond precision),
 * {@code channelUri}, {@code roomId} (long), {@code chatId} (long, absent if none),
 * {@code userId} (int), {@code userUri}, {@code content}. Readers ignore unknown fields, so a later
 * version may add fields without a new number; it changes the number only to change a meaning.
 */
public final class ComplianceWireFormat {

  /** The format version field and message property. */
  public static final String VERSION = "pchatComplianceFormat";
  /** The message property carrying the event id, for selectors, browsing and the DLQ. */
  public static final String EVENT_ID_PROPERTY = "pchatComplianceEventId";
  public static final int CURRENT_VERSION = 1;

  private ComplianceWireFormat() {}

  public static Map<String, Object> encode(ComplianceEvent event) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(VERSION, CURRENT_VERSION);
    fields.put("eventId", event.eventId().toString());
    fields.put("action", event.action().name());
    fields.put("at", event.at().toString());
    fields.put("channelUri", event.channelUri());
    fields.put("roomId", event.roomId());
    if (event.chatId() != null) {
      fields.put("chatId", event.chatId());
    }
    fields.put("userId", event.userId());
    fields.put("userUri", event.userUri());
    fields.put("content", event.content());
    return fields;
  }

  /** Reads version 1; anything else is malformed. */
  public static ComplianceEvent decode(Map<String, Object> fields) {
    Object version = fields.get(VERSION);
    if (!(version instanceof Number n) || n.intValue() != CURRENT_VERSION) {
      throw new MalformedComplianceMessageException("unsupported compliance format version "
          + version + " (this server reads " + CURRENT_VERSION + ")");
    }
    try {
      return new ComplianceEvent(
          UUID.fromString(text(fields, "eventId")),
          ComplianceAction.valueOf(text(fields, "action")),
          Instant.parse(text(fields, "at")),
          text(fields, "channelUri"),
          number(fields, "roomId").longValue(),
          fields.get("chatId") == null ? null : number(fields, "chatId").longValue(),
          number(fields, "userId").intValue(),
          text(fields, "userUri"),
          fields.get("content") == null ? "" : text(fields, "content"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MalformedComplianceMessageException("bad compliance event field: "
          + e.getMessage(), e);
    }
  }

  private static String text(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (!(value instanceof String s)) {
      throw new MalformedComplianceMessageException("compliance event field '" + name
          + "' is missing or not text");
    }
    return s;
  }

  private static Number number(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (!(value instanceof Number n)) {
      throw new MalformedComplianceMessageException("compliance event field '" + name
          + "' is missing or not a number");
    }
    return n;
  }
}
