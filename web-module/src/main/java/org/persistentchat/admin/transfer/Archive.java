package org.persistentchat.admin.transfer;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.List;

/**
 * The export archive: a ZIP holding {@value #MANIFEST} and one JSON file per kind of object.
 * Objects refer to each other by name (categories, rooms, add-ins) and SIP URI (principals), not
 * by database id, so an archive loads into another pool as Lync's did.
 */
final class Archive {

  static final String FORMAT = "persistentchat-export";
  static final int VERSION = 1;

  static final String MANIFEST = "manifest.json";
  static final String PRINCIPALS = "principals.json";
  static final String ADDINS = "addins.json";
  static final String CATEGORIES = "categories.json";
  static final String ROOMS = "rooms.json";
  static final String MESSAGES = "messages.json";

  static final List<String> ENTRIES = List.of(MANIFEST, PRINCIPALS, ADDINS, CATEGORIES, ROOMS,
      MESSAGES);

  /** One instance: Jsonb is thread-safe and expensive to build. */
  static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private Archive() {}

  /** {@value #MANIFEST}: what the archive holds and how it was cut. */
  public record Manifest(String format, int version, String level, List<String> scope,
      String startDate, String exportedAt) {}

  /** A user or group; {@code type} is a tblPrincipalType name such as USER. */
  public record PrincipalEntry(String uri, String type, String displayName, String email) {}

  public record AddinEntry(String name, String url) {}

  public record CategoryEntry(String name, String description, Boolean invitations,
      Boolean fileUpload, Boolean chatHistory, List<String> allowedMembers,
      List<String> deniedMembers, List<String> creators) {}

  /** {@code category} and {@code addin} by name. */
  public record RoomEntry(String name, String description, String category, String privacy,
      String type, String invitations, Boolean disabled, String addin, List<String> members,
      List<String> managers, List<String> presenters) {}

  /** {@code room} by name, {@code author} by SIP URI, {@code date} an ISO-8601 instant. */
  public record MessageEntry(String room, String author, String date, Boolean alert,
      String content, String rtf) {}
}
