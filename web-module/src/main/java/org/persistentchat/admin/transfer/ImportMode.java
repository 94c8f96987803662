package org.persistentchat.admin.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to items the pool already has under the same name (Import-CsPersistentChatData).
 * Messages are merged in both modes: a message the room already holds (same time, author and
 * text) is skipped, and none is ever deleted, since deleting history is moderation, which is
 * recorded for compliance.
 */
public enum ImportMode {
  /** Existing items keep their settings; the archive's principals are added to their lists. */
  MERGE,
  /** Existing items take the archive's settings, and their lists become the archive's. */
  OVERWRITE;

  static Optional<ImportMode> of(String word) {
    if (word == null || word.isBlank()) {
      return Optional.of(MERGE);
    }
    try {
      return Optional.of(valueOf(word.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
