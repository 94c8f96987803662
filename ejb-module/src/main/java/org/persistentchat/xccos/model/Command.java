package org.persistentchat.xccos.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code <cmd id="cmd:NAME" seqid="..">} from a client. Every command knows the reply id the
 * server must answer with ({@code rpl:} + {@link #replyName()}).
 */
public sealed interface Command extends ClientPayload {

  /** Where the reply goes. */
  CommandRef ref();

  /** The wire name without the {@code cmd:} prefix. */
  String name();

  /** The reply name without the {@code rpl:} prefix; the same as the command for all but two. */
  default String replyName() {
    return name();
  }

  /** {@code cmd:requri}: which chat server should this client INVITE? */
  record RequestUri(CommandRef ref) implements Command {
    public RequestUri {
      Objects.requireNonNull(ref, "ref");
    }

    @Override
    public String name() {
      return "requri";
    }
  }

  /** {@code cmd:getserverinfo}: server limits; {@code infoType} is echoed (its meaning is unknown). */
  record GetServerInfo(CommandRef ref, Optional<String> domain, Optional<String> infoType)
      implements Command {
    public GetServerInfo {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(infoType, "infoType");
    }

    @Override
    public String name() {
      return "getserverinfo";
    }
  }

  /** {@code cmd:chansrch}: search rooms; {@code BYNAME} with empty criteria lists them all. */
  record ChannelSearch(CommandRef ref, String queryType, String criteria, boolean extended)
      implements Command {
    public static final String BY_NAME = "BYNAME";

    public ChannelSearch {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(queryType, "queryType");
      Objects.requireNonNull(criteria, "criteria");
    }

    @Override
    public String name() {
      return "chansrch";
    }
  }

  /**
   * {@code cmd:getassociations}: the rooms the user belongs to. Named in the literature, its wire
   * form is unknown; the request carries no data we read and the answer is inferred (ADR 0004).
   */
  record GetAssociations(CommandRef ref) implements Command {
    public GetAssociations {
      Objects.requireNonNull(ref, "ref");
    }

    @Override
    public String name() {
      return "getassociations";
    }
  }

  /** {@code cmd:join}: enter one room. */
  record Join(CommandRef ref, ChannelUri channel) implements Command {
    public Join {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String name() {
      return "join";
    }
  }

  /** {@code cmd:bjoin}: enter several rooms at once, in the order the client listed them. */
  record BatchJoin(CommandRef ref, List<ChannelUri> channels) implements Command {
    public BatchJoin {
      Objects.requireNonNull(ref, "ref");
      channels = List.copyOf(channels);
    }

    @Override
    public String name() {
      return "bjoin";
    }
  }

  /** {@code cmd:part}: leave a room. */
  record Part(CommandRef ref, ChannelUri channel) implements Command {
    public Part {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String name() {
      return "part";
    }
  }

  /**
   * {@code cmd:bccontext}: a room's history. Only the {@code <last cnt="N"/>} query form is
   * known; any other form leaves {@code lastCount} empty and the server picks a default.
   */
  record BackchatContext(CommandRef ref, ChannelUri channel, OptionalInt lastCount)
      implements Command {
    public BackchatContext {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(lastCount, "lastCount");
    }

    @Override
    public String name() {
      return "bccontext";
    }
  }

  /** {@code cmd:getinv}: pending invitations newer than {@code inviteId}. */
  record GetInvitations(CommandRef ref, Optional<String> inviteId, Optional<String> domain)
      implements Command {
    public GetInvitations {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(inviteId, "inviteId");
      Objects.requireNonNull(domain, "domain");
    }

    @Override
    public String name() {
      return "getinv";
    }
  }

  /** {@code cmd:getpref}: read a preference bundle. */
  record GetPreference(CommandRef ref, PreferenceBundle preference) implements Command {
    public GetPreference {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(preference, "preference");
    }

    @Override
    public String name() {
      return "getpref";
    }
  }

  /** {@code cmd:setpref}: store a preference bundle. */
  record SetPreference(CommandRef ref, PreferenceBundle preference) implements Command {
    public SetPreference {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(preference, "preference");
    }

    @Override
    public String name() {
      return "setpref";
    }
  }

  /** {@code cmd:nodespermcreatechild}: may this user create rooms, and where? */
  record NodesPermCreateChild(CommandRef ref) implements Command {
    public NodesPermCreateChild {
      Objects.requireNonNull(ref, "ref");
    }

    @Override
    public String name() {
      return "nodespermcreatechild";
    }
  }

  /** Which way a file-transfer token lets the client move a file. */
  enum TransferDirection {
    UPLOAD("getfutok"),
    DOWNLOAD("getfdtok");

    private final String commandName;

    TransferDirection(String commandName) {
      this.commandName = commandName;
    }

    public String commandName() {
      return commandName;
    }
  }

  /**
   * {@code cmd:getfutok} / {@code cmd:getfdtok}: a token for an HTTPS file transfer; both are
   * answered by {@code rpl:getftok}. Note {@code channelUri} here against {@code chanUri} in
   * messages.
   */
  record GetFileToken(
      CommandRef ref, TransferDirection direction, ChannelUri channel, String fileUrl)
      implements Command {
    public GetFileToken {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(fileUrl, "fileUrl");
    }

    @Override
    public String name() {
      return direction.commandName();
    }

    @Override
    public String replyName() {
      return "getftok";
    }
  }

  /**
   * A command this codec does not know. It keeps its name and reference so that the server can
   * still answer {@code rpl:NAME} with {@link ResponseCode#ERR_MSG_NOT_SUPPORTED}.
   *
   * @param name the name as sent, without the {@code cmd:} prefix
   */
  record UnknownCommand(CommandRef ref, String name) implements Command {
    public UnknownCommand {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(name, "name");
    }
  }
}
