package org.persistentchat.sipmessage;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code #}-command in a MESSAGE body, in imc's vocabulary.
 *
 * @param name the command word, lower case, without the {@code #}
 * @param argument the rest of the line, trimmed (may be empty)
 */
record RoomCommand(String name, String argument) {

  static final char START = '#';

  /** Commands that change rooms or their members: Lync lets creators and managers do them. */
  static final Set<String> MANAGED = Set.of("create", "invite", "add", "remove", "destroy",
      "modify", "accept", "reject", "deny");

  /** The command a body carries, or empty for an ordinary message. */
  static Optional<RoomCommand> parse(String body) {
    String text = body.strip();
    if (text.isEmpty() || text.charAt(0) != START) {
      return Optional.empty();
    }
    String[] words = text.substring(1).split("\\s+", 2);
    return Optional.of(new RoomCommand(words[0].toLowerCase(Locale.ROOT),
        words.length > 1 ? words[1].strip() : ""));
  }
}
