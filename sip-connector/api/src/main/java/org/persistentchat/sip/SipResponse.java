package org.persistentchat.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A response the application asks the adapter to send. Build one with {@link #status(int)}. */
public final class SipResponse {

  private final int status;
  private final Optional<String> reason;
  private final List<Header> headers;
  private final byte[] body;
  private final Optional<String> contentType;

  private SipResponse(Builder b) {
    this.status = b.status;
    this.reason = Optional.ofNullable(b.reason);
    this.headers = List.copyOf(b.headers);
    this.body = b.body;
    this.contentType = Optional.ofNullable(b.contentType);
  }

  public static Builder status(int status) {
    return new Builder(status);
  }

  public int status() {
    return status;
  }

  /** The reason phrase; empty means the standard phrase for the status. */
  public Optional<String> reason() {
    return reason;
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

  public boolean isFinal() {
    return status >= 200;
  }

  @Override
  public String toString() {
    return status + reason.map(r -> " " + r).orElse("");
  }

  /** Builds a {@link SipResponse}. */
  public static final class Builder {
    private final int status;
    private String reason;
    private final List<Header> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentType;

    private Builder(int status) {
      if (status < 100 || status > 699) {
        throw new IllegalArgumentException("SIP status out of range: " + status);
      }
      this.status = status;
    }

    public Builder reason(String reason) {
      if (reason.indexOf('\r') >= 0 || reason.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("reason phrase must be a single line");
      }
      this.reason = reason;
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

    public SipResponse build() {
      return new SipResponse(this);
    }
  }
}
