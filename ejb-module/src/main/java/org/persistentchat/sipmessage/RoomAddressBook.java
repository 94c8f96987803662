package org.persistentchat.sipmessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.persistentchat.room.ChannelAddress;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomAlias;
import org.persistentchat.room.RoomAliases;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.room.model.Node;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelUri;

/**
 * Translates between a room's SIP URI alias and its {@code ma-chan} URI. Every post and every
 * delivery needs the translation, so it is cached; entries expire after {@link #LIFETIME}, which
 * is how soon an alias an administrator changed reaches this server.
 */
final class RoomAddressBook {

  static final Duration LIFETIME = Duration.ofSeconds(30);

  /** A room as the MESSAGE front end addresses it. */
  record Entry(int nodeId, ChannelUri channel, RoomAlias alias, Instant loaded) {}

  private final UnitOfWork work;
  private final RoomDirectory directory;
  private final ChannelAddress channels;
  private final Clock clock;
  private final Map<RoomAlias, Entry> byAlias = new ConcurrentHashMap<>();
  private final Map<ChannelUri, Entry> byChannel = new ConcurrentHashMap<>();

  RoomAddressBook(UnitOfWork work, RoomDirectory directory, Clock clock) {
    this.work = Objects.requireNonNull(work, "work");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.channels = directory.address();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The room's SIP URI: {@code sip:<alias>@<chat domain>}. */
  SipUri uriOf(RoomAlias alias) {
    return channels.sipUriOf(alias);
  }

  /** The room an alias names, if any. */
  Optional<Entry> find(RoomAlias alias) throws RefusedException {
    Entry cached = fresh(byAlias.get(alias));
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Entry> loaded = work.call(em -> new RoomAliases(em).roomOf(alias)
        .map(nodeId -> entry(em.find(Node.class, nodeId), alias)));
    loaded.ifPresent(this::remember);
    return loaded;
  }

  /**
   * The SIP URI of the room a channel URI names. A room deleted meanwhile keeps a URI made of its
   * GUID, so a message already on its way still says where it came from.
   */
  SipUri uriOf(ChannelUri channel) {
    Entry cached = fresh(byChannel.get(channel));
    if (cached != null) {
      return uriOf(cached.alias());
    }
    try {
      Entry loaded = work.call(em -> {
        Node room = directory.open(em, channel).room();
        return entry(room, new RoomAliases(em).aliasOf(room.id().value()));
      });
      remember(loaded);
      return uriOf(loaded.alias());
    } catch (RefusedException deleted) {
      return SipUri.parse("sip:" + channel.value() + "@" + channels.domain());
    }
  }

  private Entry entry(Node node, RoomAlias alias) {
    return new Entry(node.id().value(), channels.uriOf(node), alias, clock.instant());
  }

  private void remember(Entry entry) {
    byAlias.put(entry.alias(), entry);
    byChannel.put(entry.channel(), entry);
  }

  private Entry fresh(Entry entry) {
    if (entry == null || entry.loaded().plus(LIFETIME).isBefore(clock.instant())) {
      return null;
    }
    return entry;
  }
}
