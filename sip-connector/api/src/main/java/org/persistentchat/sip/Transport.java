package org.persistentchat.sip;

import java.util.Locale;

/** A SIP transport protocol. */
public enum Transport {
  UDP,
  TCP,
  TLS;

  /** Parses a transport name case-insensitively ("udp", "TCP", ...). */
  public static Transport of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown SIP transport: " + name, e);
    }
  }

  /** The name as it appears in Via headers and transport URI parameters. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }
}
