package org.persistentchat.chat.server;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.persistentchat.chat.ChatSettings;
import org.persistentchat.sip.SipUri;

/**
 * The chat service's settings on this server, from system properties (set them with {@code -D}
 * or {@code /system-property=...:add}):
 *
 * <ul>
 *   <li>{@code pchat.chat.domain} — the SIP domain of the pool and of room URIs (default
 *       {@code localhost});
 *   <li>{@code pchat.chat.pool-user} — the user part of the pool URI clients INVITE (default
 *       {@code ocschat}, the name Lync uses);
 *   <li>{@code pchat.chat.idle-timeout} — sessions without traffic this long are ended, as an
 *       ISO-8601 duration such as {@code PT45M} or {@code PT30S}; when unset,
 *       {@code pchat.chat.idle-timeout-minutes} (default 60). Read again at every expiry sweep, so
 *       a changed system property takes effect without a redeploy;
 *   <li>{@code pchat.chat.enabled-by-default} — whether users no stored policy governs may chat (default
 *       true; Lync's global policy defaults to false, see StoredChatPolicy).
 * </ul>
 */
final class ChatServerSettings {

  static final String DOMAIN = "pchat.chat.domain";
  static final String POOL_USER = "pchat.chat.pool-user";
  static final String IDLE_TIMEOUT = "pchat.chat.idle-timeout";
  static final String IDLE_MINUTES = "pchat.chat.idle-timeout-minutes";
  static final String ENABLED_BY_DEFAULT = "pchat.chat.enabled-by-default";

  private ChatServerSettings() {}

  /** Whether users no stored policy governs may chat. */
  static boolean enabledByDefault() {
    return Boolean.parseBoolean(System.getProperty(ENABLED_BY_DEFAULT, "true"));
  }

  static ChatSettings fromSystemProperties() {
    String domain = System.getProperty(DOMAIN, "localhost");
    String poolUser = System.getProperty(POOL_USER, "ocschat");
    boolean enabled = enabledByDefault();
    ChatSettings defaults = ChatSettings.defaults(SipUri.parse("sip:" + poolUser + "@" + domain), domain);
    return new ChatSettings(defaults.chatServerUri(), defaults.domain(), defaults.searchLimit(),
        defaults.messageLimits(), defaults.participantUpdateLimit(), defaults.defaultChatHistory(),
        defaults.databaseVersion(), defaults.outboundQueueCapacity(), idleTimeout(),
        enabled, defaults.provisionOnFirstContact());
  }

  /** The idle timeout the system properties name now. */
  static Duration idleTimeout() {
    return idleTimeout(System::getProperty);
  }

  /**
   * @throws IllegalArgumentException if the value is not a positive duration (or minute count)
   */
  static Duration idleTimeout(UnaryOperator<String> properties) {
    String iso = properties.apply(IDLE_TIMEOUT);
    Duration timeout;
    try {
      timeout = iso != null && !iso.isBlank() ? Duration.parse(iso.strip())
          : Duration.ofMinutes(Long.parseLong(
              Objects.requireNonNullElse(properties.apply(IDLE_MINUTES), "60").strip()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(IDLE_TIMEOUT + " must be an ISO-8601 duration such as"
          + " PT30S, or " + IDLE_MINUTES + " a number of minutes: " + e.getMessage(), e);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive: " + timeout);
    }
    return timeout;
  }
}
