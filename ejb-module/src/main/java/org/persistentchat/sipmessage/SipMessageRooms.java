package org.persistentchat.sipmessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.persistentchat.chat.ChatCore;
import org.persistentchat.chat.ChatService;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.LimitExceededException;
import org.persistentchat.room.NoSuchRoomException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomAlias;
import org.persistentchat.room.RoomAliases;
import org.persistentchat.room.RoomView;
import org.persistentchat.session.RoomKey;
import org.persistentchat.session.SessionId;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;
import org.persistentchat.time.Ticks;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Participant;

/**
 * Rooms over SIP MESSAGE. A MESSAGE to {@code sip:<alias>@<chat domain>} is a post to that room,
 * or a {@code #}-command about it; a MESSAGE to the pool URI (the lobby) takes commands only.
 * Each user is one standing session in the chat core's registry, joined to the rooms it chose,
 * so XCCOS posts reach it through the core's single fan-out and its posts reach XCCOS sessions
 * the same way; its memberships are also stored, to be restored after a restart.
 *
 * <p>A post is answered 200 once it is stored, as an XCCOS post is. A command is answered after
 * it ran, 200 or the refusal's status, and its result follows as a MESSAGE from the room.
 */
public class SipMessageRooms {

  private final ChatService chat;
  private final ChatCore core;
  private final MessageSettings settings;
  private final MessageOutbound outbound;
  private final RoomAddressBook rooms;
  private final Executor sending;
  private final Clock clock;
  private final Map<SipUri, MemberChannel> channels = new ConcurrentHashMap<>();

  /**
   * @param sending where deliveries are built and handed to the SIP stack (a managed executor in
   *     the server), off the posting thread
   */
  public SipMessageRooms(ChatService chat, MessageSettings settings, MessageOutbound outbound,
      Executor sending, Clock clock) {
    this.chat = Objects.requireNonNull(chat, "chat");
    this.core = chat.core();
    this.settings = Objects.requireNonNull(settings, "settings");
    this.outbound = Objects.requireNonNull(outbound, "outbound");
    this.sending = Objects.requireNonNull(sending, "sending");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rooms = new RoomAddressBook(core.work(), core.directory(), clock);
  }

  /** Handles one MESSAGE; calls the responder exactly once. */
  public void onMessage(InboundMessage message, MessageResponder responder) {
    MessageResponder once = once(responder);
    try {
      handle(message, once);
    } catch (RefusedException e) {
      int status = MessageStatus.of(e);
      SipMessageLogger.LOG.refused(message.user().toString(), message.target(), status,
          e.getMessage());
      once.respond(status, oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      SipMessageLogger.LOG.failed(message.user().toString(), message.target(), e);
      once.respond(MessageStatus.SERVER_ERROR, "Server Error");
    }
  }

  /** Puts every stored membership back into the session registry (server start). */
  public void restore() throws RefusedException {
    List<MessageMembers.Row> rows = core.work().call(em -> new MessageMembers(em).all());
    Set<SipUri> users = new HashSet<>();
    for (MessageMembers.Row row : rows) {
      try {
        MemberChannel channel = channels.computeIfAbsent(row.user(),
            user -> newChannel(user, row.address()));
        SessionId session = attach(row.user(), row.principalId(), channel);
        ChannelUri room = ChannelUri.of(core.directory().address().domain(),
            row.roomGuid().toString());
        core.registry().join(session, new RoomKey(row.nodeId(), room.toString()));
        users.add(row.user());
      } catch (RuntimeException e) {
        SipMessageLogger.LOG.notRestored(row.user().toString(), row.nodeId(), e.toString());
      }
    }
    SipMessageLogger.LOG.restored(rows.size(), users.size());
  }

  /** The standing session of a plain SIP user. */
  public static SessionId sessionOf(SipUri user) {
    return SessionId.standing(user.toString());
  }

  private void handle(InboundMessage message, MessageResponder once) throws RefusedException {
    if (message.transport() == Transport.UDP && message.bodyLength() > settings.udpBodyLimit()) {
      throw new LimitExceededException("a MESSAGE body over UDP is"
          + " limited to " + settings.udpBodyLimit() + " bytes (RFC 3428); use TCP");
    }
    String text = MessageBodies.textOf(message.contentType().orElse(null), message.body())
        .orElseThrow(() -> new UnsupportedBodyException(message.contentType().orElse("")));
    Optional<RoomAddressBook.Entry> room = lobby(message) ? Optional.empty()
        : Optional.of(room(message.target()));
    ChatUser user = chat.signIn(message.user());
    MemberChannel channel = heardFrom(user, message.address());
    SipUri from = room.map(r -> rooms.uriOf(r.alias())).orElse(core.settings().chatServerUri());
    Optional<RoomCommand> command = RoomCommand.parse(text);
    if (command.isEmpty() && room.isEmpty()) {
      once.respond(MessageStatus.OK, "OK");
      channel.reply(from, "This is the lobby; it takes commands only.\n" + help());
    } else if (command.isEmpty()) {
      // Clients end lines with CRLF and some add one at the end; the post is the text itself.
      ChatMessage post = ChatMessage.of(room.get().channel(), user.uri(), clock.instant(),
          text.stripTrailing());
      core.posting().post(sessionOf(user.uri()), user, post,
          () -> once.respond(MessageStatus.OK, "OK"));
    } else {
      command(command.get(), user, room, channel, from, once);
    }
  }

  private void command(RoomCommand command, ChatUser user, Optional<RoomAddressBook.Entry> here,
      MemberChannel channel, SipUri from, MessageResponder once) throws RefusedException {
    List<String> reply;
    try {
      reply = run(command, user, here, channel);
    } catch (RefusedException e) {
      int status = MessageStatus.of(e);
      once.respond(status, oneLine(e.getMessage()));
      channel.reply(from, "#" + command.name() + " refused: " + e.getMessage());
      return;
    }
    once.respond(MessageStatus.OK, "OK");
    for (String part : chunks(reply)) {
      channel.reply(from, part);
    }
  }

  private List<String> run(RoomCommand command, ChatUser user,
      Optional<RoomAddressBook.Entry> here, MemberChannel channel) throws RefusedException {
    return switch (command.name()) {
      case "join" -> List.of(join(user, named(command, here), channel));
      case "leave", "exit", "part" -> List.of(leave(user, named(command, here)));
      case "members" -> members(user, named(command, here), channel);
      case "history" -> history(user, required(here, command), command.argument());
      case "list", "rooms" -> list(user);
      case "help" -> List.of(help());
      default -> RoomCommand.MANAGED.contains(command.name())
          ? List.of("#" + command.name() + " is not offered over MESSAGE: as in Lync, rooms are"
              + " created, their members and managers set and rooms deleted by their creators and"
              + " managers in the room management console or the administration API.")
          : List.of("Unknown command #" + command.name() + ".\n" + help());
    };
  }

  private String join(ChatUser user, RoomAddressBook.Entry room, MemberChannel channel)
      throws RefusedException {
    SessionId session = attach(user.uri(), user.principal().value(), channel);
    JoinedChannel joined = core.membership().join(session, user, room.channel());
    try {
      core.work().call(em -> {
        new MessageMembers(em).joined(user.principal().value(), room.nodeId(), channel.address(),
            Ticks.of(clock.instant()));
        return null;
      });
    } catch (RefusedException | RuntimeException e) {
      SipMessageLogger.LOG.joinNotStored(user.uri().toString(), room.channel().toString(), e);
      core.membership().part(session, room.channel());
      throw e;
    }
    List<String> present = joined.participants().stream().map(Participant::user)
        .map(MessageBodies::displayName).toList();
    return "You joined " + joined.channel().name().orElse(room.alias().value()) + " ("
        + rooms.uriOf(room.alias()) + "). Present: " + String.join(", ", present)
        + ". Send #help for commands.";
  }

  private String leave(ChatUser user, RoomAddressBook.Entry room) throws RefusedException {
    SessionId session = sessionOf(user.uri());
    boolean joined = core.registry().find(session).map(s -> s.isIn(key(room))).orElse(false);
    core.membership().part(session, room.channel());
    core.work().call(em -> {
      new MessageMembers(em).left(user.principal().value(), room.nodeId());
      return null;
    });
    return joined ? "You left " + rooms.uriOf(room.alias()) + "."
        : "You were not in " + rooms.uriOf(room.alias()) + ".";
  }

  private List<String> members(ChatUser user, RoomAddressBook.Entry room, MemberChannel channel)
      throws RefusedException {
    RoomView view = core.work().call(em -> core.directory().open(em, room.channel()));
    core.access().requireRead(user, view);
    List<String> lines = new ArrayList<>();
    lines.add("Present in " + rooms.uriOf(room.alias()) + ":");
    for (String member : core.registry().usersIn(key(room))) {
      SipUri uri = SipUri.parse(member);
      MemberChannel other = channels.get(uri);
      boolean away = other != null && other.away()
          && core.registry().find(sessionOf(uri)).map(s -> s.isIn(key(room))).orElse(false);
      lines.add(MessageBodies.displayName(uri) + (away ? " (away)" : ""));
    }
    return lines;
  }

  private List<String> history(ChatUser user, RoomAddressBook.Entry room, String argument)
      throws RefusedException {
    OptionalInt count = OptionalInt.empty();
    if (!argument.isEmpty()) {
      try {
        count = OptionalInt.of(Integer.parseInt(argument));
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("#history takes a number of messages: " + argument);
      }
    }
    List<ChatMessage> messages = core.backchat().read(user, room.channel(), count);
    List<String> lines = new ArrayList<>();
    lines.add("History of " + rooms.uriOf(room.alias()) + ", " + messages.size() + " messages:");
    for (ChatMessage m : messages) {
      lines.add("[" + m.timestamp() + "] " + MessageBodies.plain(m.author(), m.text()));
    }
    return lines;
  }

  private List<String> list(ChatUser user) throws RefusedException {
    List<String> lines = new ArrayList<>();
    lines.add("Rooms you may join:");
    List<String> found = core.work().call(em -> {
      List<String> rows = new ArrayList<>();
      RoomAliases aliases = new RoomAliases(em);
      for (RoomView view : core.directory().all(em)) {
        if (rows.size() < core.settings().searchLimit() && core.access().canFind(user, view)) {
          rows.add(rooms.uriOf(aliases.aliasOf(view.room().id().value())) + " " + view.room().name()
              + " (" + core.registry().usersIn(view.key()).size() + " present)");
        }
      }
      return rows;
    });
    lines.addAll(found);
    return lines;
  }

  private static String help() {
    return "Commands: #join [room], #leave [room] (or #exit), #members [room], #history [n],"
        + " #list, #help. Send them to a room's URI, or to the lobby with a room alias. Anything"
        + " else sent to a room you joined is posted to it.";
  }

  /** The room named by the argument, else the room the command was sent to. */
  private RoomAddressBook.Entry named(RoomCommand command, Optional<RoomAddressBook.Entry> here)
      throws RefusedException {
    if (!command.argument().isEmpty()) {
      String alias = command.argument().split("\\s+", 2)[0];
      return room(alias.contains("@") ? SipUri.parse(alias.startsWith("sip") ? alias
          : "sip:" + alias).user().orElse("") : alias);
    }
    return required(here, command);
  }

  private static RoomAddressBook.Entry required(Optional<RoomAddressBook.Entry> here,
      RoomCommand command) throws InvalidRequestException {
    return here.orElseThrow(() -> new InvalidRequestException(
        "#" + command.name() + " needs a room: send it to the room's URI or name the room"));
  }

  private RoomAddressBook.Entry room(String alias) throws RefusedException {
    RoomAlias parsed;
    try {
      parsed = RoomAlias.parse(alias);
    } catch (IllegalArgumentException notAnAlias) {
      throw new NoSuchRoomException("sip:" + alias + "@" + core.directory().address().domain());
    }
    return rooms.find(parsed).orElseThrow(() -> new NoSuchRoomException(
        rooms.uriOf(parsed).toString()));
  }

  private boolean lobby(InboundMessage message) {
    return core.settings().chatServerUri().user().map(message.target()::equalsIgnoreCase)
        .orElse(false);
  }

  /** The user's channel, at the address of this request; a move is stored for a restart. */
  private MemberChannel heardFrom(ChatUser user, MemberAddress address) throws RefusedException {
    MemberChannel channel = channels.computeIfAbsent(user.uri(), u -> newChannel(u, address));
    boolean moved = channel.heardFrom(address);
    boolean member = core.registry().find(sessionOf(user.uri()))
        .map(s -> !s.rooms().isEmpty()).orElse(false);
    if (member) {
      // An outbox that overflowed was dropped; the member is back, so it gets a new one.
      core.delivery().attach(sessionOf(user.uri()), channel, channel);
    }
    if (moved && member) {
      core.work().call(em -> {
        new MessageMembers(em).moved(user.principal().value(), address);
        return null;
      });
    }
    return channel;
  }

  private SessionId attach(SipUri user, int principalId, MemberChannel channel) {
    SessionId session = sessionOf(user);
    core.registry().open(session, user.toString(), principalId, clock.instant());
    core.delivery().attach(session, channel, channel);
    return session;
  }

  private MemberChannel newChannel(SipUri user, MemberAddress address) {
    return new MemberChannel(user, address, outbound, rooms, settings, sending, clock);
  }

  private static RoomKey key(RoomAddressBook.Entry room) {
    return new RoomKey(room.nodeId(), room.channel().toString());
  }

  /** Lines grouped into bodies that fit a UDP MESSAGE; a longer single line goes alone. */
  private List<String> chunks(List<String> lines) {
    List<String> bodies = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      int size = current.toString().getBytes(StandardCharsets.UTF_8).length
          + line.getBytes(StandardCharsets.UTF_8).length + 1;
      if (current.length() > 0 && size > settings.udpBodyLimit()) {
        bodies.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      bodies.add(current.toString());
    }
    return bodies;
  }

  private static String oneLine(String text) {
    String line = text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    return line.length() > 120 ? line.substring(0, 120) : line;
  }

  private static MessageResponder once(MessageResponder responder) {
    AtomicBoolean answered = new AtomicBoolean();
    return (status, reason) -> {
      if (answered.compareAndSet(false, true)) {
        responder.respond(status, reason);
      }
    };
  }
}
