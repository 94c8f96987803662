package org.persistentchat.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persistentchat.message.Backchat;
import org.persistentchat.room.ChannelAddress;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.RoomMembership;
import org.persistentchat.room.RoomSearch;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.session.SessionId;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ReplyData;
import org.persistentchat.xccos.model.ResponseCode;
import org.persistentchat.xccos.model.ServerInfo;

/**
 * Answers each XCCOS command with exactly one reply. This is the command boundary: refusals are
 * mapped to response codes here and nowhere else, and an unexpected failure becomes a logged 500
 * rather than a silent drop.
 */
public class ChatCommandHandler {

  private final ChatSettings settings;
  private final UnitOfWork work;
  private final RoomDirectory directory;
  private final RoomSearch search;
  private final RoomMembership membership;
  private final Backchat backchat;
  private final PreferenceCommands preferences = new PreferenceCommands();
  private final Clock clock;

  public ChatCommandHandler(ChatSettings settings, UnitOfWork work, RoomDirectory directory,
      RoomSearch search, RoomMembership membership, Backchat backchat, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.work = Objects.requireNonNull(work, "work");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.search = Objects.requireNonNull(search, "search");
    this.membership = Objects.requireNonNull(membership, "membership");
    this.backchat = Objects.requireNonNull(backchat, "backchat");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Reply handle(SessionId session, ChatUser user, Command command) {
    try {
      return dispatch(session, user, command);
    } catch (RefusedException e) {
      ResponseCode code = ResponseCodes.of(e);
      ChatLogger.LOG.refused(session.value(), "cmd:" + command.name(), code.text(),
          e.getMessage());
      return Reply.failure(command, code);
    } catch (RuntimeException e) {
      ChatLogger.LOG.commandFailed("cmd:" + command.name(), session.value(), e);
      return Reply.failure(command, ResponseCode.ERR_SERVER);
    }
  }

  private Reply dispatch(SessionId session, ChatUser user, Command command)
      throws RefusedException {
    if (command instanceof Command.RequestUri) {
      return Reply.success(command, new ReplyData.ChatServerLocation(settings.chatServerUri()));
    }
    if (command instanceof Command.GetServerInfo info) {
      return Reply.success(command, new ReplyData.ServerInformation(serverInfo(info)));
    }
    if (command instanceof Command.ChannelSearch query) {
      return Reply.success(command, new ReplyData.ChannelList(
          search.search(work, user, query.criteria(), query.extended())));
    }
    if (command instanceof Command.GetAssociations) {
      return Reply.success(command, new ReplyData.Associations(search.associations(work, user)));
    }
    if (command instanceof Command.Join join) {
      JoinedChannel joined = membership.join(session, user, join.channel());
      return Reply.success(command, new ReplyData.JoinResult(List.of(joined), List.of()));
    }
    if (command instanceof Command.BatchJoin batch) {
      return Reply.success(command, batchJoin(session, user, batch));
    }
    if (command instanceof Command.Part part) {
      membership.part(session, part.channel());
      return Reply.success(command, new ReplyData.PartResult(part.channel()));
    }
    if (command instanceof Command.BackchatContext history) {
      return Reply.success(command, new ReplyData.Backchat(history.channel(),
          backchat.read(user, history.channel(), history.lastCount())));
    }
    if (command instanceof Command.GetInvitations) {
      // Invitations are not materialised yet; an empty answer is what SIPE expects anyway.
      return Reply.success(command);
    }
    if (command instanceof Command.GetPreference get) {
      return Reply.success(command, new ReplyData.Preference(
          work.call(em -> preferences.get(em, user, get.preference()))));
    }
    if (command instanceof Command.SetPreference set) {
      return Reply.success(command, new ReplyData.Preference(
          work.call(em -> preferences.set(em, user, set.preference()))));
    }
    if (command instanceof Command.NodesPermCreateChild) {
      // Rooms are created through the management web UI; the observed answer is an empty 200.
      return Reply.success(command);
    }
    // File tokens (another feature) and unknown commands.
    return Reply.failure(command, ResponseCode.ERR_MSG_NOT_SUPPORTED);
  }

  /** Each room succeeds or fails on its own; failed rooms become {@code fib} entries. */
  private ReplyData.JoinResult batchJoin(SessionId session, ChatUser user,
      Command.BatchJoin batch) {
    List<JoinedChannel> joined = new ArrayList<>();
    List<ChannelUri> failed = new ArrayList<>();
    for (ChannelUri channel : batch.channels()) {
      try {
        joined.add(membership.join(session, user, channel));
      } catch (RefusedException e) {
        ChatLogger.LOG.refused(session.value(), "bjoin " + channel,
            ResponseCodes.of(e).text(), e.getMessage());
        failed.add(channel);
      }
    }
    return new ReplyData.JoinResult(joined, failed);
  }

  private ServerInfo serverInfo(Command.GetServerInfo command) throws RefusedException {
    ChannelAddress address = directory.address();
    return new ServerInfo(command.infoType(), clock.instant(), settings.searchLimit(),
        settings.messageLimits().messageSizeLimit(), settings.messageLimits().storySizeLimit(),
        work.call(em -> address.categoryUriOf(directory.root(em))), settings.databaseVersion());
  }
}
