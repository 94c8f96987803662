package org.persistentchat.compliance.queue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;

/**
 * The compliance events of one queue message: the body of a {@code MapMessage}, field by field,
 * with a format version. Explicit fields instead of Java serialization, so that a message written
 * by one release is read by the next, and the queue never deserializes classes chosen by its
 * content.
 *
 * <p>Version 2: {@value #VERSION} (int), {@value #COUNT} (int, at least 1), and for each event
 * {@code i} from 0 its fields, named {@code i.eventId} and so on (version 1 carried one event,
 * unprefixed; no release wrote it, so it is not read). The fields of an event:
 * {@code eventId} (UUID text), {@code action} ({@link ComplianceAction} name), {@code at}
 * (ISO-8601 instant, nanosecond precision), {@code channelUri}, {@code roomId} (long),
 * {@code chatId} (long, absent if none), {@code userId} (int), {@code userUri}, {@code content}.
 * Readers ignore unknown fields, so a later version may add fields without a new number; it
 * changes the number only to change a meaning.
 */
public final class ComplianceWireFormat {

  /** The format version field and message property. */
  public static final String VERSION = "pchatComplianceFormat";
  /** How many events the message carries. */
  public static final String COUNT = "events";
  /**
   * The message property carrying the event ids, separated by spaces, for selectors
   * ({@code pchatComplianceEventIds LIKE '%id%'}), browsing and the DLQ.
   */
  public static final String EVENT_IDS_PROPERTY = "pchatComplianceEventIds";
  public static final int CURRENT_VERSION = 2;

  private ComplianceWireFormat() {}

  public static Map<String, Object> encode(List<ComplianceEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a compliance message carries at least one event");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(VERSION, CURRENT_VERSION);
    fields.put(COUNT, events.size());
    for (int i = 0; i < events.size(); i++) {
      encode(events.get(i), i + ".", fields);
    }
    return fields;
  }

  /** The value of {@link #EVENT_IDS_PROPERTY} for these events. */
  public static String eventIds(List<ComplianceEvent> events) {
    return String.join(" ", events.stream().map(e -> e.eventId().toString()).toList());
  }

  private static void encode(ComplianceEvent event, String prefix, Map<String, Object> fields) {
    fields.put(prefix + "eventId", event.eventId().toString());
    fields.put(prefix + "action", event.action().name());
    fields.put(prefix + "at", event.at().toString());
    fields.put(prefix + "channelUri", event.channelUri());
    fields.put(prefix + "roomId", event.roomId());
    if (event.chatId() != null) {
      fields.put(prefix + "chatId", event.chatId());
    }
    fields.put(prefix + "userId", event.userId());
    fields.put(prefix + "userUri", event.userUri());
    fields.put(prefix + "content", event.content());
  }

  /** Reads version 2; anything else is malformed. */
  public static List<ComplianceEvent> decode(Map<String, Object> fields) {
    Object version = fields.get(VERSION);
    if (!(version instanceof Number n) || n.intValue() != CURRENT_VERSION) {
      throw new MalformedComplianceMessageException("unsupported compliance format version "
          + version + " (this server reads " + CURRENT_VERSION + ")");
    }
    int count = number(fields, COUNT).intValue();
    // Every event has several fields: a count beyond the fields present cannot be true.
    if (count < 1 || count > fields.size()) {
      throw new MalformedComplianceMessageException("compliance message announces " + count
          + " events");
    }
    List<ComplianceEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(decode(fields, i + "."));
    }
    return events;
  }

  private static ComplianceEvent decode(Map<String, Object> fields, String prefix) {
    try {
      return new ComplianceEvent(
          UUID.fromString(text(fields, prefix + "eventId")),
          ComplianceAction.valueOf(text(fields, prefix + "action")),
          Instant.parse(text(fields, prefix + "at")),
          text(fields, prefix + "channelUri"),
          number(fields, prefix + "roomId").longValue(),
          fields.get(prefix + "chatId") == null ? null
              : number(fields, prefix + "chatId").longValue(),
          number(fields, prefix + "userId").intValue(),
          text(fields, prefix + "userUri"),
          fields.get(prefix + "content") == null ? "" : text(fields, prefix + "content"));
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
