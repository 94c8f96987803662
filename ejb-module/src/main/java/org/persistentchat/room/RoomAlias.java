package org.persistentchat.room;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The user part of a room's SIP URI ({@code sip:<alias>@<chat domain>}): lower case letters,
 * digits, dot, dash and underscore, starting with a letter or digit, at most 64 characters. Lower
 * case only, because clients and proxies treat the user part case-sensitively and people do not.
 */
public record RoomAlias(String value) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  /** Room names are cut before the dedup suffix, so that "-99" still fits. */
  private static final int DERIVED_LENGTH = 48;

  public RoomAlias {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a room alias is 1-64 of a-z 0-9 . _ - starting with a"
          + " letter or digit: " + value);
    }
  }

  /** Parses an alias as typed by a person or found in a Request-URI (any case). */
  public static RoomAlias parse(String text) {
    return new RoomAlias(Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT));
  }

  /** An alias made from a room name: accents dropped, runs of anything else become one dash. */
  public static RoomAlias derivedFrom(String roomName) {
    String plain = Normalizer.normalize(roomName, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (plain.length() > DERIVED_LENGTH) {
      plain = plain.substring(0, DERIVED_LENGTH).replaceAll("-+$", "");
    }
    return new RoomAlias(plain.isEmpty() ? "room" : plain);
  }

  /** The n-th alternative when this alias is taken ({@code dev} → {@code dev-2}). */
  public RoomAlias withSuffix(int n) {
    return new RoomAlias(value + "-" + n);
  }

  @Override
  public String toString() {
    return value;
  }
}
