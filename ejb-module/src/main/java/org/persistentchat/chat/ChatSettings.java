package org.persistentchat.chat;

import java.time.Duration;
import java.util.Objects;
import org.persistentchat.message.Backchat;
import org.persistentchat.message.MessageLimits;
import org.persistentchat.room.RosterGate;
import org.persistentchat.session.SessionDelivery;
import org.persistentchat.sip.SipUri;

/**
 * The pool settings the chat core needs, checked all at once. Defaults are Lync's where Lync
 * documents one (DefaultChatHistory 30, ParticipantUpdateLimit 75, search limit 999 from an OCS
 * trace, 512/4096 characters per message/story).
 *
 * @param chatServerUri what {@code rpl:requri} names; clients INVITE it next
 * @param domain the domain of room and category URIs
 * @param searchLimit the most rooms one search returns
 * @param messageLimits message and story size limits
 * @param participantUpdateLimit roster notices stop above this many participants
 * @param defaultChatHistory backchat messages when the client names no count (1-500)
 * @param databaseVersion what getserverinfo reports as {@code dbVersion}
 * @param outboundQueueCapacity bodies queued per session before it counts as dead
 * @param idleTimeout sessions without activity for this long expire (Session-Expires)
 * @param chatEnabledByDefault whether users without a Persistent Chat policy may use the service
 * @param provisionOnFirstContact whether an unknown user gets a principal row on first sign-in
 */
public record ChatSettings(
    SipUri chatServerUri,
    String domain,
    int searchLimit,
    MessageLimits messageLimits,
    int participantUpdateLimit,
    int defaultChatHistory,
    String databaseVersion,
    int outboundQueueCapacity,
    Duration idleTimeout,
    boolean chatEnabledByDefault,
    boolean provisionOnFirstContact) {

  public static final int DEFAULT_SEARCH_LIMIT = 999;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(1);
  public static final String DEFAULT_DATABASE_VERSION = "1";

  public ChatSettings {
    Objects.requireNonNull(chatServerUri, "chatServerUri");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(messageLimits, "messageLimits");
    Objects.requireNonNull(databaseVersion, "databaseVersion");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    require(searchLimit >= 1, "searchLimit must be positive");
    require(participantUpdateLimit >= 1, "participantUpdateLimit must be positive");
    require(defaultChatHistory >= 1 && defaultChatHistory <= Backchat.MAX_COUNT,
        "defaultChatHistory must be 1.." + Backchat.MAX_COUNT);
    require(outboundQueueCapacity >= 1, "outboundQueueCapacity must be positive");
    require(!idleTimeout.isNegative() && !idleTimeout.isZero(), "idleTimeout must be positive");
  }

  /** Lync's defaults for a pool answering as {@code chatServerUri} in {@code domain}. */
  public static ChatSettings defaults(SipUri chatServerUri, String domain) {
    return new ChatSettings(chatServerUri, domain, DEFAULT_SEARCH_LIMIT, MessageLimits.DEFAULTS,
        RosterGate.DEFAULT_LIMIT, Backchat.DEFAULT_COUNT, DEFAULT_DATABASE_VERSION,
        SessionDelivery.DEFAULT_QUEUE_CAPACITY, DEFAULT_IDLE_TIMEOUT, true, true);
  }

  public ChatSettings withParticipantUpdateLimit(int limit) {
    return new ChatSettings(chatServerUri, domain, searchLimit, messageLimits, limit,
        defaultChatHistory, databaseVersion, outboundQueueCapacity, idleTimeout,
        chatEnabledByDefault, provisionOnFirstContact);
  }

  public ChatSettings withDefaultChatHistory(int messages) {
    return new ChatSettings(chatServerUri, domain, searchLimit, messageLimits,
        participantUpdateLimit, messages, databaseVersion, outboundQueueCapacity, idleTimeout,
        chatEnabledByDefault, provisionOnFirstContact);
  }

  public ChatSettings withOutboundQueueCapacity(int capacity) {
    return new ChatSettings(chatServerUri, domain, searchLimit, messageLimits,
        participantUpdateLimit, defaultChatHistory, databaseVersion, capacity, idleTimeout,
        chatEnabledByDefault, provisionOnFirstContact);
  }

  public ChatSettings withChatEnabledByDefault(boolean enabled) {
    return new ChatSettings(chatServerUri, domain, searchLimit, messageLimits,
        participantUpdateLimit, defaultChatHistory, databaseVersion, outboundQueueCapacity,
        idleTimeout, enabled, provisionOnFirstContact);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
