package org.persistentchat.rm;

import java.util.Optional;
import java.util.regex.Pattern;
import org.persistentchat.sip.SipUri;

/**
 * The SIP address a web login stands for (ADR 16): a login that contains {@code @} is the SIP
 * address itself; any other gets the default user domain appended, so that a plain account name
 * ({@code alice}) works in identity stores that do not hold addresses.
 */
public final class LoginAddress {

  /** Server property naming the domain of plain logins; the chat domain when absent. */
  static final String DEFAULT_DOMAIN = "pchat.users.default-domain";
  private static final String CHAT_DOMAIN = "pchat.chat.domain";
  /** A user part, optionally with a host: nothing a SIP URI would read as a delimiter. */
  private static final Pattern LOGIN = Pattern.compile("[^\\s:;?<>@]+(@[^\\s:;?<>@]+)?");

  private LoginAddress() {}

  /**
   * The address, or empty when the login cannot be a SIP user part (null, blank, or characters a
   * SIP URI reads as delimiters).
   */
  public static Optional<SipUri> of(String login, String defaultDomain) {
    if (login == null || !LOGIN.matcher(login.strip()).matches()) {
      return Optional.empty();
    }
    String name = login.strip();
    return Optional.of(SipUri.parse("sip:" + (name.contains("@") ? name
        : name + "@" + defaultDomain)));
  }

  /** The same, with the server's configured default domain. */
  public static Optional<SipUri> of(String login) {
    return of(login, defaultDomain());
  }

  static String defaultDomain() {
    return System.getProperty(DEFAULT_DOMAIN, System.getProperty(CHAT_DOMAIN, "localhost"));
  }
}
