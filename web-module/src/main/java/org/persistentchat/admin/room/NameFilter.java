package org.persistentchat.admin.room;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Get-CsPersistentChatRoom's -Filter: a room name where {@code *} stands for any characters,
 * compared without regard to case; no filter matches every room.
 */
public final class NameFilter {

  private final Pattern pattern;

  private NameFilter(Pattern pattern) {
    this.pattern = pattern;
  }

  public static NameFilter of(String filter) {
    if (filter == null || filter.isEmpty()) {
      return new NameFilter(null);
    }
    String regex = Arrays.stream(filter.toLowerCase(Locale.ROOT).split("\\*", -1))
        .map(Pattern::quote)
        .collect(Collectors.joining(".*"));
    return new NameFilter(Pattern.compile(regex, Pattern.DOTALL));
  }

  public boolean matches(String name) {
    return pattern == null || pattern.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }
}
