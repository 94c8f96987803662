package org.persistentchat.xccos;

import java.util.Locale;
import java.util.Optional;

/** Command ids as the codec matches them, and the reply each command gets. */
final class CommandNames {

  private static final String PREFIX = "cmd:";

  private CommandNames() {}

  /** The name inside {@code cmd:NAME}; empty when the id lacks the prefix or a name. */
  static Optional<String> strip(String id) {
    if (id.length() <= PREFIX.length() || !id.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    return Optional.of(id.substring(PREFIX.length()));
  }

  /** SIPE compares ids case-insensitively, so the codec does too. */
  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Both file-token commands are answered by {@code rpl:getftok}; all others mirror the name. */
  static String replyFor(String name) {
    String known = normalise(name);
    return known.equals("getfutok") || known.equals("getfdtok") ? "getftok" : name;
  }
}
