package org.persistentchat.sipmessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.persistentchat.session.PayloadEncoder;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionSender;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Membership;
import org.persistentchat.xccos.model.Notice;
import org.persistentchat.xccos.model.ServerPayload;

/**
 * The way to one plain SIP client: renders room messages for it and sends each as an
 * out-of-dialog MESSAGE from the room's URI, through the outbound proxy if one is configured,
 * else straight to the Contact it last used.
 *
 * <p>A failed delivery never fails the outbox (that would part the member from every room, and a
 * phone that is off for an hour is still a member); it counts towards {@link Reachability}, which
 * stops sending to a member that keeps failing. The request is built and handed to the SIP stack
 * on the sending executor, not on the posting thread: the poster holds the room's lock while it
 * queues to every member, and a hundred members' requests would hold it for a hundred sends. The
 * outbox waits for each hand-over before the next, so a member's messages leave in order.
 */
final class MemberChannel implements SessionSender, PayloadEncoder {

  private final SipUri user;
  private final MessageOutbound outbound;
  private final RoomAddressBook rooms;
  private final MessageSettings settings;
  private final Clock clock;
  private final Executor sending;
  private final Reachability reachability = new Reachability();
  private volatile MemberAddress address;

  MemberChannel(SipUri user, MemberAddress address, MessageOutbound outbound,
      RoomAddressBook rooms, MessageSettings settings, Executor sending, Clock clock) {
    this.user = Objects.requireNonNull(user, "user");
    this.address = Objects.requireNonNull(address, "address");
    this.outbound = Objects.requireNonNull(outbound, "outbound");
    this.rooms = Objects.requireNonNull(rooms, "rooms");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sending = Objects.requireNonNull(sending, "sending");
  }

  SipUri user() {
    return user;
  }

  MemberAddress address() {
    return address;
  }

  /**
   * The member sent a request: it is reachable, at the address it used.
   *
   * @return whether the address changed
   */
  boolean heardFrom(MemberAddress latest) {
    synchronized (reachability) {
      reachability.delivered();
    }
    boolean moved = !latest.equals(address);
    address = latest;
    return moved;
  }

  boolean away() {
    synchronized (reachability) {
      return reachability.away();
    }
  }

  /**
   * Room posts by others (no echo of the member's own posts, as imc) and join/part notices of
   * others; nothing else. Whether a notice is sent at all (Lync's ParticipantUpdateLimit) is
   * decided once by the room membership for every transport; this only renders it.
   */
  @Override
  public Optional<byte[]> encode(ServerPayload payload) {
    if (payload instanceof ChatMessage message) {
      return message.author().equals(user) ? Optional.empty() : Optional.of(post(message));
    }
    if (payload instanceof Notice.Joined joined) {
      Set<ChannelUri> channels = joined.memberships().stream().map(Membership::channel)
          .collect(Collectors.toSet());
      // One MESSAGE comes from one room; the chat core sends single-room join notices only.
      if (channels.size() != 1) {
        return Optional.empty();
      }
      List<SipUri> others = joined.memberships().stream().map(Membership::user)
          .filter(u -> !u.equals(user)).distinct().toList();
      return others.isEmpty() ? Optional.empty()
          : Optional.of(notice(channels.iterator().next(), MessageBodies.joined(others)));
    }
    if (payload instanceof Notice.Parted parted) {
      List<SipUri> others = parted.users().stream().filter(u -> !u.equals(user)).toList();
      return others.isEmpty() ? Optional.empty()
          : Optional.of(notice(parted.channel(), MessageBodies.left(others)));
    }
    return Optional.empty();
  }

  private byte[] post(ChatMessage message) {
    SipUri room = rooms.uriOf(message.channel());
    MemberAddress to = address;
    String body = to.acceptsCpim()
        ? MessageBodies.cpim(message.author(), room, message.timestamp(), message.text())
        : MessageBodies.plain(message.author(), message.text());
    String type = to.acceptsCpim() ? MemberAddress.CPIM : MessageBodies.TEXT_PLAIN;
    return new OutgoingMessage(room, type, body.getBytes(StandardCharsets.UTF_8)).frame();
  }

  /** Notices are the room speaking, not a member: plain text, whatever the client accepts. */
  private byte[] notice(ChannelUri channel, String text) {
    return new OutgoingMessage(rooms.uriOf(channel), MessageBodies.TEXT_PLAIN,
        text.getBytes(StandardCharsets.UTF_8)).frame();
  }

  @Override
  public CompletionStage<Void> send(SessionId session, byte[] framed) {
    OutgoingMessage message = OutgoingMessage.unframe(framed);
    CompletableFuture<Void> handedOver = new CompletableFuture<>();
    Runnable handOver = () -> {
      try {
        deliver(message);
      } finally {
        handedOver.complete(null);
      }
    };
    try {
      sending.execute(handOver);
    } catch (RejectedExecutionException saturated) {
      // The executor is full: send on this thread rather than drop the member's message.
      handOver.run();
    }
    return handedOver;
  }

  /** A command's answer, from the room (or the lobby) the command was sent to. */
  void reply(SipUri from, String text) {
    deliver(new OutgoingMessage(from, MessageBodies.TEXT_PLAIN,
        text.getBytes(StandardCharsets.UTF_8)));
  }

  private void deliver(OutgoingMessage message) {
    synchronized (reachability) {
      if (!reachability.shouldTry(clock.instant())) {
        return;
      }
    }
    OutboundRequest request;
    try {
      request = request(message);
    } catch (IllegalArgumentException unsendable) {
      failed(SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, unsendable.getMessage()));
      return;
    }
    outbound.send(request).whenComplete((outcome, error) -> {
      if (error != null) {
        failed(SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, error.toString()));
      } else if (outcome.isSuccess()) {
        synchronized (reachability) {
          reachability.delivered();
        }
      } else {
        failed(outcome);
      }
    });
  }

  private OutboundRequest request(OutgoingMessage message) {
    MemberAddress to = address;
    OutboundRequest.Builder builder = OutboundRequest.method("MESSAGE").from(message.room());
    Optional<SipUri> proxy = settings.outboundProxy();
    if (proxy.isPresent()) {
      builder.to(user).header("Route", "<" + proxy.get() + ";lr>");
    } else {
      builder.to(to.contact());
    }
    return builder.transport(transportFor(to.transport(), message.body().length))
        .body(message.contentType(), message.body())
        .build();
  }

  /** RFC 3428 section 8: over 1300 bytes, use a congestion-controlled transport if we can. */
  private Transport transportFor(Transport preferred, int bodyLength) {
    if (preferred == Transport.UDP && bodyLength > settings.udpBodyLimit()
        && outbound.transports().contains(Transport.TCP)) {
      return Transport.TCP;
    }
    return outbound.transports().contains(preferred) ? preferred : Transport.UDP;
  }

  private void failed(SipOutcome outcome) {
    boolean nowAway;
    synchronized (reachability) {
      nowAway = reachability.failed(clock.instant());
    }
    SipMessageLogger.LOG.deliveryFailed(user.toString(), outcome.toString());
    if (nowAway) {
      SipMessageLogger.LOG.memberAway(user.toString(), Reachability.FAILURES_BEFORE_AWAY);
    }
  }
}
