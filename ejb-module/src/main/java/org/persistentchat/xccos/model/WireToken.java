package org.persistentchat.xccos.model;

import java.util.Objects;

/** Shared checks for the short opaque tokens XCCOS carries in attributes (envid, seqid). */
final class WireToken {

  /** Far above anything seen (a 64-bit decimal is 20 digits), low enough to bound echo size. */
  static final int MAX_LENGTH = 64;

  private WireToken() {}

  static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + MAX_LENGTH + " printable ASCII characters without spaces");
    }
    return value;
  }

  static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Printable ASCII without space: the id is echoed into our replies and into logs.
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }
}
