package org.persistentchat.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the application asks the adapter to send. Inside a dialog only the method, extra
 * headers and body matter (the dialog supplies addresses, route and CSeq); outside one, {@link
 * Builder#to} and {@link Builder#from} are required.
 */
public final class OutboundRequest {

  private final String method;
  private final Optional<SipUri> to;
  private final Optional<SipUri> from;
  private final Optional<Transport> transport;
  private final List<Header> headers;
  private final byte[] body;
  private final Optional<String> contentType;

  private OutboundRequest(Builder b) {
    this.method = b.method;
    this.to = Optional.ofNullable(b.to);
    this.from = Optional.ofNullable(b.from);
    this.transport = Optional.ofNullable(b.transport);
    this.headers = List.copyOf(b.headers);
    this.body = b.body;
    this.contentType = Optional.ofNullable(b.contentType);
  }

  /** Starts a request of the given method ({@code INFO}, {@code MESSAGE}, {@code BYE}, ...). */
  public static Builder method(String method) {
    return new Builder(method);
  }

  public String method() {
    return method;
  }

  /** The target (Request-URI and To) of an out-of-dialog request. */
  public Optional<SipUri> to() {
    return to;
  }

  /** The From of an out-of-dialog request. */
  public Optional<SipUri> from() {
    return from;
  }

  /** The transport for an out-of-dialog request; empty means UDP. */
  public Optional<Transport> transport() {
    return transport;
  }

  public List<Header> headers() {
    return headers;
  }

  public byte[] body() {
    return body.clone();
  }

  public Optional<String> contentType() {
    return contentType;
  }

  @Override
  public String toString() {
    return method + to.map(t -> " " + t).orElse("");
  }

  /** Builds an {@link OutboundRequest}. */
  public static final class Builder {
    private final String method;
    private SipUri to;
    private SipUri from;
    private Transport transport;
    private final List<Header> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentType;

    private Builder(String method) {
      Objects.requireNonNull(method, "method");
      String upper = method.trim().toUpperCase(Locale.ROOT);
      if (!upper.matches("[A-Z]+")) {
        throw new IllegalArgumentException("not a SIP method: " + method);
      }
      if (upper.equals("ACK") || upper.equals("CANCEL") || upper.equals("INVITE")) {
        // ACK and CANCEL belong to the adapter's transactions; outbound INVITEs are not offered.
        throw new IllegalArgumentException("the adapter does not send " + upper + " for applications");
      }
      this.method = upper;
    }

    public Builder to(SipUri to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    public Builder from(SipUri from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    public Builder header(String name, String value) {
      headers.add(new Header(name, value));
      return this;
    }

    public Builder body(String contentType, String text) {
      return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public Builder body(String contentType, byte[] bytes) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      this.body = bytes.clone();
      return this;
    }

    public OutboundRequest build() {
      return new OutboundRequest(this);
    }
  }
}
