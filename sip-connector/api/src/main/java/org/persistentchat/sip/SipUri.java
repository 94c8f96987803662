package org.persistentchat.sip;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code sip:} or {@code sips:} URI, reduced to what identifies a user or a service:
 * scheme, user part and host (with an optional port). URI parameters and headers are dropped, so
 * two URIs naming the same address compare equal.
 */
public final class SipUri implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM =
      Pattern.compile("(?i)(sips?):(?:([^@;?>]+)@)?([^:;?>]+)(?::(\\d{1,5}))?(?:[;?].*)?");

  private final String scheme;
  private final String user;
  private final String host;
  private final int port;

  private SipUri(String scheme, String user, String host, int port) {
    this.scheme = scheme;
    this.user = user;
    this.host = host;
    this.port = port;
  }

  /**
   * Parses a SIP URI, with or without angle brackets.
   *
   * @throws IllegalArgumentException if the text is not a sip: or sips: URI
   */
  public static SipUri parse(String text) {
    Objects.requireNonNull(text, "text");
    String bare = text.trim();
    if (bare.startsWith("<") && bare.endsWith(">")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    Matcher m = FORM.matcher(bare);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a SIP URI: " + text);
    }
    int port = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
    if (port > 65535) {
      throw new IllegalArgumentException("port out of range in SIP URI: " + text);
    }
    return new SipUri(
        m.group(1).toLowerCase(Locale.ROOT),
        m.group(2),
        m.group(3).toLowerCase(Locale.ROOT),
        port);
  }

  public String scheme() {
    return scheme;
  }

  /** The user part, or empty for a host-only URI such as {@code sip:example.org}. */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  public String host() {
    return host;
  }

  /** The port, or -1 when the URI names none. */
  public int port() {
    return port;
  }

  /** {@code user@host}, the form Lync keeps in {@code prinUri} after the scheme. */
  public String address() {
    return user == null ? host : user + "@" + host;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SipUri other
        && scheme.equals(other.scheme)
        && Objects.equals(user, other.user)
        && host.equals(other.host)
        && port == other.port;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, user, host, port);
  }

  @Override
  public String toString() {
    return scheme + ":" + address() + (port < 0 ? "" : ":" + port);
  }
}
