package org.persistentchat.chat.server;

import java.time.Duration;
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
 *   <li>{@code pchat.chat.idle-timeout-minutes} — sessions without traffic this long are ended
 *       (default 60);
 *   <li>{@code pchat.chat.enabled-by-default} — whether users no stored policy governs may chat
 *       (default true; Lync's global policy defaults to false, see StoredChatPolicy).
 * </ul>
 */
final class ChatServerSettings {

  static final String DOMAIN = "pchat.chat.domain";
  static final String POOL_USER = "pchat.chat.pool-user";
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
    long idleMinutes = Long.parseLong(System.getProperty(IDLE_MINUTES, "60"));
    boolean enabled = enabledByDefault();
    ChatSettings defaults = ChatSettings.defaults(SipUri.parse("sip:" + poolUser + "@" + domain), domain);
    return new ChatSettings(defaults.chatServerUri(), defaults.domain(), defaults.searchLimit(),
        defaults.messageLimits(), defaults.participantUpdateLimit(), defaults.defaultChatHistory(),
        defaults.databaseVersion(), defaults.outboundQueueCapacity(), Duration.ofMinutes(idleMinutes),
        enabled, defaults.provisionOnFirstContact());
  }
}
