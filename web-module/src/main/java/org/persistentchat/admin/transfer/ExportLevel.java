package org.persistentchat.admin.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * Export-CsPersistentChatData -Level: which parts of the pool an archive holds. Principals come
 * with every level, because every other part names them.
 */
public enum ExportLevel {
  /** Everything: the default. */
  ALL("All", true, true, true, true),
  /** The principals only. */
  USER("User", false, false, false, false),
  /** Categories with their scope and creators. */
  CATEGORY("Category", false, true, false, false),
  /** Categories, add-ins and rooms with their roles: the pool without its messages. */
  ROOM_DIRECTORY("RoomDirectory", true, true, true, false),
  /** The messages only, for rooms the target pool already has. */
  CONTENT("Content", false, false, false, true);

  private final String word;
  final boolean addins;
  final boolean categories;
  final boolean rooms;
  final boolean messages;

  ExportLevel(String word, boolean addins, boolean categories, boolean rooms, boolean messages) {
    this.word = word;
    this.addins = addins;
    this.categories = categories;
    this.rooms = rooms;
    this.messages = messages;
  }

  String word() {
    return word;
  }

  static Optional<ExportLevel> of(String word) {
    if (word == null) {
      return Optional.of(ALL);
    }
    String wanted = word.strip().toLowerCase(Locale.ROOT);
    for (ExportLevel level : values()) {
      if (level.word.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
