package org.persistentchat.sip;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names one inbound request awaiting its final response, so that the application can answer it
 * through any {@link SipConnection}, from any thread, until the response is sent.
 */
public record RequestId(String value) implements Serializable {

  public RequestId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
