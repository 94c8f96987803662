package org.persistentchat.sipmessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.persistentchat.sip.SipUri;

/**
 * How a room message looks to a plain SIP client: {@code text/plain} with the author in front
 * (what imc sends, and what every client shows), or {@code message/cpim} (RFC 3862) carrying the
 * author's identity and the server time for clients that say they accept it.
 */
public final class MessageBodies {

  public static final String TEXT_PLAIN = "text/plain;charset=UTF-8";
  static final String CRLF = "\r\n";

  private MessageBodies() {}

  /** The author without the scheme ({@code alice@contoso.com: hello}). */
  public static String plain(SipUri author, String text) {
    return displayName(author) + ": " + text;
  }

  /** A join notice ({@code alice@contoso.com joined}); users as in {@link #plain}. */
  public static String joined(List<SipUri> users) {
    return names(users) + " joined";
  }

  /** A part notice ({@code alice@contoso.com left}). */
  public static String left(List<SipUri> users) {
    return names(users) + " left";
  }

  private static String names(List<SipUri> users) {
    return users.stream().map(MessageBodies::displayName).collect(Collectors.joining(", "));
  }

  /** A CPIM message from the author to the room, wrapping the text as UTF-8 text/plain. */
  public static String cpim(SipUri author, SipUri room, Instant time, String text) {
    return "From: <" + author + ">" + CRLF
        + "To: <" + room + ">" + CRLF
        + "DateTime: " + DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.MILLIS))
        + CRLF
        + CRLF
        + "Content-Type: " + TEXT_PLAIN + CRLF
        + CRLF
        + text;
  }

  /**
   * The text a client sent: the body itself for text/plain (or no type), the inner body of a
   * CPIM message. Empty when the type is not one a chat client sends.
   */
  public static Optional<String> textOf(String contentType, byte[] body) {
    String decoded = new String(body, StandardCharsets.UTF_8);
    String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT);
    if (type.equals("text/plain")) {
      return Optional.of(decoded);
    }
    if (type.equals(MemberAddress.CPIM)) {
      // Message headers, blank line, MIME headers, blank line, content (RFC 3862 section 3).
      String[] parts = decoded.split("\r?\n\r?\n", 3);
      return parts.length == 3 ? Optional.of(parts[2]) : Optional.empty();
    }
    return Optional.empty();
  }

  static String displayName(SipUri user) {
    return user.user().map(u -> u + "@" + user.host()).orElse(user.host());
  }
}
