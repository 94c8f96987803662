package org.persistentchat.message;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.message.model.Chat;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.ComplianceEvents;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomAccess;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.RoomView;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.SeqId;

/**
 * Backchat ({@code bccontext}): the newest N messages of a room, oldest first, for anyone who may
 * read the room (joined or not, as the SDK allows). Every read is a compliance BACKCHAT event.
 */
public class Backchat {

  /** Lync's DefaultChatHistory and its documented range. */
  public static final int DEFAULT_COUNT = 30;
  public static final int MAX_COUNT = 500;

  private final UnitOfWork work;
  private final RoomDirectory directory;
  private final RoomAccess access;
  private final ComplianceRecorder compliance;
  private final int defaultCount;
  private final Clock clock;

  public Backchat(UnitOfWork work, RoomDirectory directory, RoomAccess access,
      ComplianceRecorder compliance, int defaultCount, Clock clock) {
    this.work = Objects.requireNonNull(work, "work");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.access = Objects.requireNonNull(access, "access");
    this.compliance = Objects.requireNonNull(compliance, "compliance");
    if (defaultCount < 1 || defaultCount > MAX_COUNT) {
      throw new IllegalArgumentException("DefaultChatHistory must be 1.." + MAX_COUNT);
    }
    this.defaultCount = defaultCount;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param requested the client's {@code <last cnt>}; absent means DefaultChatHistory, more than
   *     {@value #MAX_COUNT} is cut to it
   */
  public List<ChatMessage> read(ChatUser user, ChannelUri uri, OptionalInt requested)
      throws RefusedException {
    int count = count(requested);
    return work.call(em -> {
      RoomView view = directory.open(em, uri);
      access.requireRead(user, view);
      List<Chat> chats = new ChatStore(em).latest(view.room().id(), count);
      compliance.record(ComplianceEvents.of(ComplianceAction.BACKCHAT, clock.instant(),
          view.key(), null, user.principal().value(), user.uri().toString(),
          "last " + count + ", " + chats.size() + " returned"));
      return toMessages(em, view, chats);
    });
  }

  private int count(OptionalInt requested) throws InvalidRequestException {
    if (requested.isEmpty()) {
      return defaultCount;
    }
    int asked = requested.getAsInt();
    if (asked < 1) {
      throw new InvalidRequestException("backchat count must be positive: " + asked);
    }
    return Math.min(asked, MAX_COUNT);
  }

  private static List<ChatMessage> toMessages(EntityManager em, RoomView view, List<Chat> chats) {
    PrincipalStore principals = new PrincipalStore(em);
    Map<PrincipalId, SipUri> authors = new HashMap<>();
    List<ChatMessage> messages = new ArrayList<>(chats.size());
    for (Chat chat : chats) {
      SipUri author = authors.computeIfAbsent(chat.author(), id -> SipUri.parse(
          principals.find(id).map(Principal::uri).orElseThrow(
              () -> new IllegalStateException("tblChat names unknown principal " + id))));
      messages.add(new ChatMessage(SeqId.ONE, view.uri(), author, chat.date().toInstant(),
          chat.content(), chat.isAlert()));
    }
    return messages;
  }
}
