package org.persistentchat.xccos.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Syntax shared by the MindAlign node URIs {@code ma-chan://} and {@code ma-cat://}. */
final class NodeUri {

  private static final Pattern DOMAIN =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*");

  /** A GUID is 36 characters; old servers used small numbers. The cap bounds what we store. */
  static final int MAX_VALUE_LENGTH = 256;

  private NodeUri() {}

  /** Splits {@code <scheme><domain>/<value>}; returns {domain, value}. */
  static String[] split(String scheme, String text) {
    Objects.requireNonNull(text, "uri");
    if (!text.startsWith(scheme)) {
      throw new IllegalArgumentException("not a " + scheme + " URI: " + text);
    }
    int slash = text.indexOf('/', scheme.length());
    if (slash < 0) {
      throw new IllegalArgumentException("no node id after the domain: " + text);
    }
    return new String[] {text.substring(scheme.length(), slash), text.substring(slash + 1)};
  }

  static String domain(String domain) {
    Objects.requireNonNull(domain, "domain");
    if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException("not a DNS domain: " + domain);
    }
    // Domains compare case-insensitively; one canonical form keeps equals() honest.
    return domain.toLowerCase(Locale.ROOT);
  }

  static String value(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "node id must have 1 to " + MAX_VALUE_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException("node id contains whitespace or a control character");
      }
    }
    return value;
  }
}
