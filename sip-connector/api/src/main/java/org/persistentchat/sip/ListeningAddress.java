package org.persistentchat.sip;

import java.util.Objects;

/** Where the adapter accepts SIP: a transport on a host and port. */
public record ListeningAddress(Transport transport, String host, int port) {

  public ListeningAddress {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  @Override
  public String toString() {
    return host + ":" + port + "/" + transport.token();
  }
}
