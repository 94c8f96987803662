package org.persistentchat.xccos.model;

import java.util.List;
import java.util.Objects;
import org.persistentchat.sip.SipUri;

/** The {@code <data>} of a reply, one shape per command. */
public sealed interface ReplyData {

  /** {@code <data/>}: errors, {@code rpl:getinv}, {@code rpl:nodespermcreatechild}. */
  record Empty() implements ReplyData {}

  /** {@code rpl:requri}: {@code <uib uri="chat server"/>}; SIPE re-INVITEs this URI. */
  record ChatServerLocation(SipUri chatServer) implements ReplyData {
    public ChatServerLocation {
      Objects.requireNonNull(chatServer, "chatServer");
    }
  }

  /** {@code rpl:getserverinfo}. */
  record ServerInformation(ServerInfo info) implements ReplyData {
    public ServerInformation {
      Objects.requireNonNull(info, "info");
    }
  }

  /** {@code rpl:chansrch}: one {@code chanib} per room found. */
  record ChannelList(List<ChannelInfo> channels) implements ReplyData {
    public ChannelList {
      channels = List.copyOf(channels);
    }
  }

  /**
   * {@code rpl:join} / {@code rpl:bjoin}: the rooms entered and, for a batch, the rooms that
   * could not be entered (each becomes {@code <fib key="OPERATION_FAILED" ...>}).
   */
  record JoinResult(List<JoinedChannel> joined, List<ChannelUri> failed) implements ReplyData {
    public JoinResult {
      joined = List.copyOf(joined);
      failed = List.copyOf(failed);
    }
  }

  /**
   * {@code rpl:getassociations} (shape inferred, ADR 0004): the rooms the user holds a member or
   * manager role in, written like a join reply whose only participant is the user, in the role
   * that room gives them.
   */
  record Associations(List<JoinedChannel> channels) implements ReplyData {
    public Associations {
      channels = List.copyOf(channels);
    }
  }

  /** {@code rpl:part}: the room left; SIPE closes the room only if it finds it here. */
  record PartResult(ChannelUri channel) implements ReplyData {
    public PartResult {
      Objects.requireNonNull(channel, "channel");
    }
  }

  /** {@code rpl:bccontext}: stored messages of one room, oldest first. */
  record Backchat(ChannelUri channel, List<ChatMessage> messages) implements ReplyData {
    public Backchat {
      Objects.requireNonNull(channel, "channel");
      messages = List.copyOf(messages);
    }
  }

  /** {@code rpl:getftok}: a file-transfer token and the web service that honours it. */
  record FileToken(String token, String serverUri) implements ReplyData {
    public FileToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(serverUri, "serverUri");
    }
  }

  /** {@code rpl:getpref} / {@code rpl:setpref}: the bundle as now stored. */
  record Preference(PreferenceBundle preference) implements ReplyData {
    public Preference {
      Objects.requireNonNull(preference, "preference");
    }
  }
}
