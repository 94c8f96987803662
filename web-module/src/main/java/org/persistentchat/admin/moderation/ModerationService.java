package org.persistentchat.admin.moderation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.Administrators;
import org.persistentchat.admin.Instants;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.problem.AdminApiLogger;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.model.ChatId;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.ComplianceEvents;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.session.RoomKey;
import org.persistentchat.time.Ticks;

/**
 * Removes or replaces messages, one transaction per call. The compliance recorder joins that
 * transaction, so a message is changed if and only if its CHAT_PURGED or CHAT_REPLACED event is
 * on the compliance queue.
 */
@Stateless
public class ModerationService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  @Inject
  private ComplianceRecorder compliance;

  /** Remove-CsPersistentChatMessage. */
  public ModerationResult moderate(int roomId, ModerationRequest request, String caller)
      throws UnknownRoomException, InvalidFieldException {
    Node room = new RoomStore(em).require(new NodeId(roomId));
    Instant from = Instants.parse("from", request.from());
    Instant to = Instants.parse("to", request.to());
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidFieldException("to", "after", "must be later than from");
    }
    PrincipalId author = author(request.user());
    KeywordMatch keywords = KeywordMatch.of(request.keywords(),
        KeywordMatch.clause(request.match()), Boolean.TRUE.equals(request.matchCase()));
    ChatStore chats = new ChatStore(em);
    List<ChatId> matching;
    try (Stream<Chat> candidates = chats.inRoom(room.id(), author,
        from == null ? null : Ticks.of(from), to == null ? null : Ticks.of(to))) {
      matching = candidates.filter(c -> keywords.matches(c.content())).map(Chat::id).toList();
    }
    Recording record = new Recording(room, caller);
    int affected = 0;
    for (ChatId id : matching) {
      if (request.replaces()) {
        if (chats.replace(id, request.replacement())) {
          record.event(ComplianceAction.CHAT_REPLACED, id.sequence(), request.replacement());
          affected++;
        }
      } else if (chats.remove(id)) {
        record.event(ComplianceAction.CHAT_PURGED, id.sequence(), "");
        affected++;
      }
    }
    AdminApiLogger.LOG.moderated(roomId, caller, affected,
        request.replaces() ? "replaced" : "removed");
    return new ModerationResult(affected);
  }

  /** Clear-CsPersistentChatRoom -EndDate: every message dated up to and including it. */
  public ClearResult clear(int roomId, ClearRequest request, String caller)
      throws UnknownRoomException, InvalidFieldException {
    Node room = new RoomStore(em).require(new NodeId(roomId));
    Ticks upTo = Ticks.of(Instants.parse("upTo", request.upTo()));
    ChatStore chats = new ChatStore(em);
    List<Long> removed = chats.sequencesUpTo(room.id(), upTo);
    chats.removeUpTo(room.id(), upTo);
    Recording record = new Recording(room, caller);
    removed.forEach(sequence -> record.event(ComplianceAction.CHAT_PURGED, sequence, ""));
    AdminApiLogger.LOG.moderated(roomId, caller, removed.size(), "cleared");
    return new ClearResult(removed.size());
  }

  private PrincipalId author(String user) throws InvalidFieldException {
    if (user == null || user.isBlank()) {
      return null;
    }
    String uri = PrincipalLookup.uriOfPathSegment(user.strip());
    try {
      return new PrincipalLookup(new PrincipalStore(em)).idOf(uri);
    } catch (UnknownPrincipalException e) {
      throw new InvalidFieldException("user", "known", "no provisioned user " + uri);
    }
  }

  /** The compliance events of one call: same room, actor and time. */
  private final class Recording {
    private final RoomKey room;
    private final String actorUri;
    private final Instant at = AdminClock.now().toInstant();

    Recording(Node room, String caller) {
      this.room = PoolAddresses.roomKey(room);
      this.actorUri = Administrators.uriOf(caller);
    }

    void event(ComplianceAction action, long chatId, String content) {
      compliance.record(ComplianceEvents.of(action, at, room, chatId,
          AdminClock.ACTOR.value(), actorUri, content));
    }
  }
}
