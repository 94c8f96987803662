package org.persistentchat.xccos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelAttribute;
import org.persistentchat.xccos.model.ChannelInfo;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Membership;
import org.persistentchat.xccos.model.Notice;
import org.persistentchat.xccos.model.Participant;
import org.persistentchat.xccos.model.ParticipantRole;
import org.persistentchat.xccos.model.PreferenceBundle;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ReplyData;
import org.persistentchat.xccos.model.ResponseCode;
import org.persistentchat.xccos.model.ServerInfo;
import org.persistentchat.xccos.model.ServerPayload;

/**
 * Serialises server envelopes in the exact shapes SIPE parses: default namespace, no XML
 * declaration, no whitespace between elements, attribute names spelt as on the wire. Stateless
 * and thread-safe.
 */
public final class XccosWriter {

  private static final String INFO = "urn:parlano:ma:info:";
  private static final String PROP = "urn:parlano:ma:prop:";
  /** Our own items; a URN namespace of this server's, never one Microsoft's clients interpret. */
  private static final String OWN_INFO = "urn:persistentchat:info:";

  /** The body of one server INFO, as text. */
  public String write(EnvelopeId envelopeId, ServerPayload payload) {
    Objects.requireNonNull(envelopeId, "envelopeId");
    Objects.requireNonNull(payload, "payload");
    XmlOut out = new XmlOut();
    out.start("xccos")
        .attribute("ver", Xccos.VERSION)
        .attribute("envid", envelopeId.value())
        .attribute("xmlns", Xccos.NAMESPACE);
    if (payload instanceof Reply reply) {
      reply(out, reply);
    } else if (payload instanceof Notice notice) {
      notice(out, notice);
    } else if (payload instanceof ChatMessage message) {
      message(out, "grpchat", message);
    } else {
      throw new IllegalArgumentException("unknown payload " + payload.getClass().getName());
    }
    return out.end().toString();
  }

  /** The body of one server INFO, UTF-8 encoded as the {@code text/plain} body is sent. */
  public byte[] writeBytes(EnvelopeId envelopeId, ServerPayload payload) {
    return write(envelopeId, payload).getBytes(StandardCharsets.UTF_8);
  }

  private static void reply(XmlOut out, Reply reply) {
    String seqid = reply.inReplyTo().seqId().value();
    out.start("rpl").attribute("id", "rpl:" + reply.name()).attribute("seqid", seqid);
    out.start("commandid")
        .attribute("seqid", seqid)
        .attribute("envid", reply.inReplyTo().envelopeId().value())
        .end();
    response(out, reply.code());
    out.start("data");
    data(out, reply.data());
    out.end().end();
  }

  private static void response(XmlOut out, ResponseCode code) {
    out.start("resp").attribute("code", code.code()).text(code.text()).end();
  }

  private static void data(XmlOut out, ReplyData data) {
    if (data instanceof ReplyData.Empty) {
      return;
    }
    if (data instanceof ReplyData.ChatServerLocation location) {
      user(out, location.chatServer());
    } else if (data instanceof ReplyData.ServerInformation info) {
      serverInfo(out, info.info());
    } else if (data instanceof ReplyData.ChannelList list) {
      for (ChannelInfo channel : list.channels()) {
        channelStart(out, channel);
        out.end();
      }
    } else if (data instanceof ReplyData.JoinResult result) {
      joinResult(out, result);
    } else if (data instanceof ReplyData.Associations associations) {
      joinResult(out, new ReplyData.JoinResult(associations.channels(), List.of()));
    } else if (data instanceof ReplyData.PartResult part) {
      out.start("chanib").attribute("uri", part.channel().toString()).end();
    } else if (data instanceof ReplyData.Backchat backchat) {
      out.start("chanib").attribute("uri", backchat.channel().toString());
      for (ChatMessage message : backchat.messages()) {
        message(out, "msg", message);
      }
      out.end();
    } else if (data instanceof ReplyData.FileToken token) {
      out.start("token")
          .attribute("token", token.token())
          .attribute("serveruri", token.serverUri())
          .end();
    } else if (data instanceof ReplyData.Preference preference) {
      preference(out, preference.preference());
    } else {
      throw new IllegalArgumentException("unknown reply data " + data.getClass().getName());
    }
  }

  private static void serverInfo(XmlOut out, ServerInfo info) {
    out.start("sib");
    info.infoType().ifPresent(type -> out.attribute("infoType", type));
    out.attribute("serverTime", XccosTimestamps.format(info.serverTime()))
        .attribute("searchLimit", info.searchLimit())
        .attribute("messageSizeLimit", info.messageSizeLimit())
        .attribute("storySizeLimit", info.storySizeLimit())
        .attribute("rootUri", info.rootCategory().toString())
        .attribute("dbVersion", info.databaseVersion())
        .end();
  }

  /**
   * Writes the uib list once for the whole reply (ids shared by every room), then one chanib per
   * room with an aib per role listing those ids, then a fib per room that failed.
   */
  private static void joinResult(XmlOut out, ReplyData.JoinResult result) {
    Map<SipUri, Integer> ids = new LinkedHashMap<>();
    for (JoinedChannel joined : result.joined()) {
      for (Participant participant : joined.participants()) {
        ids.putIfAbsent(participant.user(), ids.size());
      }
    }
    ids.forEach(
        (user, id) -> out.start("uib").attribute("id", id).attribute("uri", user.toString()).end());
    for (JoinedChannel joined : result.joined()) {
      channelStart(out, joined.channel());
      Map<ParticipantRole, List<String>> byRole = new EnumMap<>(ParticipantRole.class);
      for (Participant participant : joined.participants()) {
        byRole
            .computeIfAbsent(participant.role(), role -> new ArrayList<>())
            .add(Integer.toString(ids.get(participant.user())));
      }
      byRole.forEach(
          (role, members) ->
              out.start("aib")
                  .attribute("key", role.key())
                  .attribute("value", String.join(",", members))
                  .end());
      out.end();
    }
    for (ChannelUri failed : result.failed()) {
      out.start("fib")
          .attribute("key", "OPERATION_FAILED")
          .attribute("value", failed.value())
          .attribute("domain", failed.domain())
          .end();
    }
  }

  /** Opens a chanib with its attributes and info/prop items; the caller may add children. */
  private static void channelStart(XmlOut out, ChannelInfo channel) {
    out.start("chanib").attribute("uri", channel.uri().toString());
    channel.name().ifPresent(name -> out.attribute("name", name));
    channel.description().ifPresent(description -> out.attribute("description", description));
    channel.topic().ifPresent(topic -> out.attribute("topic", topic));
    for (ChannelAttribute attribute : channel.attributes()) {
      channelAttribute(out, attribute);
    }
  }

  private static void channelAttribute(XmlOut out, ChannelAttribute attribute) {
    if (attribute instanceof ChannelAttribute.UserCount count) {
      item(out, "info", INFO + "ucnt", Integer.toString(count.count()));
    } else if (attribute instanceof ChannelAttribute.RoomVisibility visibility) {
      String value = visibility.visibility().wireValue();
      // SIPE matches the misspelt id; the correct one is for clients that fixed it.
      item(out, "info", INFO + "visibilty", value);
      item(out, "info", INFO + "visibility", value);
    } else if (attribute instanceof ChannelAttribute.FilePost filePost) {
      item(out, "prop", PROP + "filepost", Boolean.toString(filePost.allowed()));
    } else if (attribute instanceof ChannelAttribute.Invite invite) {
      item(out, "prop", PROP + "invite", Boolean.toString(invite.enabled()));
    } else if (attribute instanceof ChannelAttribute.Logged logged) {
      item(out, "prop", PROP + "logged", Boolean.toString(logged.enabled()));
    } else if (attribute instanceof ChannelAttribute.SipAddress sip) {
      item(out, "info", OWN_INFO + "sipuri", sip.uri().toString());
    } else {
      throw new IllegalArgumentException("unknown attribute " + attribute.getClass().getName());
    }
  }

  private static void item(XmlOut out, String element, String id, String value) {
    out.start(element).attribute("id", id).text(value).end();
  }

  private static void preference(XmlOut out, PreferenceBundle preference) {
    out.start("pref").attribute("label", preference.label());
    preference.revision().ifPresent(revision -> out.attribute("seqid", revision));
    preference.content().ifPresent(content -> out.attribute("content", content));
    out.end();
  }

  private static void notice(XmlOut out, Notice notice) {
    out.start("ntc").attribute("id", "ntc:" + notice.name());
    // Whether real notices carry resp is unknown; SIPE ignores it, so it costs nothing.
    response(out, ResponseCode.SUCCESS_OK);
    out.start("data");
    if (notice instanceof Notice.Joined joined) {
      joinedUsers(out, joined);
    } else if (notice instanceof Notice.Parted parted) {
      out.start("chanib").attribute("uri", parted.channel().toString());
      for (SipUri user : parted.users()) {
        user(out, user);
      }
      out.end();
    } else {
      throw new IllegalArgumentException("unknown notice " + notice.getClass().getName());
    }
    out.end().end();
  }

  /** Join notices are user-major: one uib per user, an aib per room entered. */
  private static void joinedUsers(XmlOut out, Notice.Joined joined) {
    Map<SipUri, List<Membership>> byUser = new LinkedHashMap<>();
    for (Membership membership : joined.memberships()) {
      byUser.computeIfAbsent(membership.user(), user -> new ArrayList<>()).add(membership);
    }
    byUser.forEach(
        (user, memberships) -> {
          out.start("uib").attribute("uri", user.toString());
          for (Membership membership : memberships) {
            out.start("aib")
                .attribute("key", membership.role().key())
                .attribute("domain", membership.channel().domain())
                .attribute("value", membership.channel().value())
                .end();
          }
          out.end();
        });
  }

  private static void user(XmlOut out, SipUri user) {
    out.start("uib").attribute("uri", user.toString()).end();
  }

  private static void message(XmlOut out, String element, ChatMessage message) {
    out.start(element).attribute("id", "grpchat");
    if (element.equals("grpchat")) {
      out.attribute("seqid", message.seqId().value());
    }
    out.attribute("chanUri", message.channel().toString())
        .attribute("author", message.author().toString())
        .attribute("ts", XccosTimestamps.format(message.timestamp()));
    if (message.alert()) {
      out.attribute("isAlert", "true");
    }
    out.textElement("chat", message.text()).end();
  }
}
