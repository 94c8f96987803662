package org.persistentchat.session;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names one chat session, in practice the SIP dialog handle the connector gives us. Kept as an
 * opaque string so a clustered registry can ship it between nodes unchanged.
 */
public record SessionId(String value) implements Serializable {

  public SessionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("session id must not be blank");
    }
  }

  public static SessionId of(String value) {
    return new SessionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
