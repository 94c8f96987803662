package org.persistentchat.session;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names one chat session, in practice the SIP dialog handle the connector gives us. Kept as an
 * opaque string so a clustered registry can ship it between nodes unchanged.
 */
public record SessionId(String value) implements Serializable {

  private static final String STANDING = "standing:";

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("session id must not be blank");
    }
  }

  public static SessionId of(String value) {
    return new SessionId(value);
  }

  /**
   * A session bound to no dialog, such as a plain SIP MESSAGE member's presence in its rooms: it
   * lasts until the user leaves, so it never idles out and has no dialog to end.
   */
  public static SessionId standing(String name) {
    return new SessionId(STANDING + name);
  }

  public boolean isStanding() {
    return value.startsWith(STANDING);
  }

  @Override
  public String toString() {
    return value;
  }
}
