package org.persistentchat.sip;

import java.util.Objects;

/** One SIP header line: a name and its value, as received or to be sent. */
public record Header(String name, String value) {

  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || name.indexOf(':') >= 0) {
      throw new IllegalArgumentException("not a header name: " + name);
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("header value must be a single line: " + name);
    }
  }

  public boolean isNamed(String other) {
    return name.equalsIgnoreCase(other);
  }
}
