package org.persistentchat.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.room.AccessDeniedException;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.ComplianceEvents;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.LimitExceededException;
import org.persistentchat.room.NoSuchRoomException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomAccess;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.RoomLocks;
import org.persistentchat.room.RoomView;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.session.RoomKey;
import org.persistentchat.session.Session;
import org.persistentchat.session.SessionDelivery;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.time.Ticks;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.SeqId;

/**
 * A {@code grpchat} post: checked, stored with the room's next chatId (unless the category keeps
 * no history), recorded for compliance, acknowledged, then delivered to every session in the room,
 * the author's included (SIPE shows its own posts only when they come back).
 *
 * <p>The room's lock is held from the database write until every recipient's queue has the
 * message, so all members receive a room's messages in chatId order. Delivery itself is
 * asynchronous: a slow member only fills its own queue.
 */
public class Posting {

  private final SessionRegistry registry;
  private final SessionDelivery delivery;
  private final UnitOfWork work;
  private final RoomDirectory directory;
  private final RoomAccess access;
  private final RoomLocks locks;
  private final ComplianceRecorder compliance;
  private final MessageLimits limits;
  private final Clock clock;

  public Posting(SessionRegistry registry, SessionDelivery delivery, UnitOfWork work,
      RoomDirectory directory, RoomAccess access, RoomLocks locks, ComplianceRecorder compliance,
      MessageLimits limits, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.work = Objects.requireNonNull(work, "work");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.access = Objects.requireNonNull(access, "access");
    this.locks = Objects.requireNonNull(locks, "locks");
    this.compliance = Objects.requireNonNull(compliance, "compliance");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Posts the message.
   *
   * @param acknowledge run once the post is stored and before anyone receives it: the SIP layer
   *     answers the client's INFO with 200 here, so the author sees "accepted" before the echo
   * @throws RefusedException if the post is refused; nothing is stored or delivered then
   */
  public void post(SessionId sessionId, ChatUser user, ChatMessage post, Runnable acknowledge)
      throws RefusedException {
    checkContent(user, post);
    RoomKey key = joinedRoom(sessionId, user, post);
    locks.withRoom(key, () -> {
      Instant now = serverTime();
      RoomView view = work.call(em -> {
        RoomView room = directory.open(em, post.channel());
        access.requirePost(user, room);
        Long chatId = null;
        if (access.historyStored(room)) {
          chatId = append(new ChatStore(em), room, user, now, post);
        }
        compliance.record(ComplianceEvents.of(ComplianceAction.CHAT, now, room.key(), chatId,
            user.principal().value(), user.uri().toString(), post.text()));
        return room;
      });
      acknowledge.run();
      // Server time, not the client's ts: members must see one consistent order and clock.
      ChatMessage delivered = new ChatMessage(SeqId.ONE, view.uri(), user.uri(), now,
          post.text(), post.alert());
      List<SessionId> recipients = registry.sessionsIn(key).stream().map(Session::id).toList();
      delivery.deliver(recipients, delivered);
      return null;
    });
  }

  private void checkContent(ChatUser user, ChatMessage post) throws RefusedException {
    // The author attribute is the client's claim; only the SIP identity counts.
    if (!post.author().equals(user.uri())) {
      throw new AccessDeniedException(user.uri() + " posted as " + post.author());
    }
    if (post.text().isBlank()) {
      throw new InvalidRequestException("empty message");
    }
    int length = post.text().codePointCount(0, post.text().length());
    int limit = limits.limitFor(post.text());
    if (length > limit) {
      throw new LimitExceededException(
          "message of " + length + " characters exceeds the limit of " + limit);
    }
  }

  /**
   * The room the session has joined under the post's URI. A post to a room the session is not in
   * is first checked against the directory, so that a room that does not exist (never did, or
   * was deleted) answers 404 and a disabled one 410, as a join would, rather than a "not joined"
   * 403 that would send the client to a join that cannot succeed.
   */
  private RoomKey joinedRoom(SessionId sessionId, ChatUser user, ChatMessage post)
      throws RefusedException {
    String uri = post.channel().toString();
    Optional<RoomKey> joined = registry.find(sessionId).flatMap(s -> s.rooms().stream()
        .filter(room -> room.channelUri().equals(uri))
        .findFirst());
    if (joined.isPresent()) {
      return joined.get();
    }
    work.call(em -> {
      access.requireJoin(user, directory.open(em, post.channel()));
      return null;
    });
    throw new NotJoinedException(uri);
  }

  private static Long append(ChatStore chats, RoomView room, ChatUser user, Instant now,
      ChatMessage post) throws NoSuchRoomException {
    try {
      Chat chat = chats.append(room.room().id(), user.principal(), Ticks.of(now), post.alert(),
          post.text(), null);
      return chat.id().sequence();
    } catch (UnknownRoomException e) {
      // Deleted between lookup and append.
      NoSuchRoomException refused = new NoSuchRoomException(room.uri().toString());
      refused.initCause(e);
      throw refused;
    }
  }

  /** Now, cut to the 100 ns tick the database keeps, so echo and backchat show the same time. */
  private Instant serverTime() {
    return Ticks.of(clock.instant()).toInstant();
  }
}
