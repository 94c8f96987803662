package org.persistentchat.xccos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.MalformedXccosException.Reason;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.Command.TransferDirection;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.InboundEnvelope;
import org.persistentchat.xccos.model.PreferenceBundle;
import org.persistentchat.xccos.model.SeqId;

/**
 * Maps the element tree of a client envelope onto the model. Unknown elements and attributes
 * are ignored; a known element with a missing or invalid required attribute is refused.
 */
final class PayloadReader {

  private final EnvelopeProgress progress;

  PayloadReader(EnvelopeProgress progress) {
    this.progress = progress;
  }

  InboundEnvelope read(XmlNode root) throws MalformedXccosException {
    Optional<String> version = root.attribute("ver");
    if (version.isPresent() && !Xccos.VERSION.equals(version.get())) {
      throw invalid("unsupported XCCOS version");
    }
    List<XmlNode> commands = root.children("cmd");
    List<XmlNode> posts = root.children("grpchat");
    if (commands.size() + posts.size() != 1) {
      throw invalid("an envelope carries exactly one cmd or grpchat");
    }
    if (commands.isEmpty()) {
      return new InboundEnvelope(progress.envelopeId(), chatMessage(posts.get(0)));
    }
    return new InboundEnvelope(progress.envelopeId(), command(commands.get(0)));
  }

  private Command command(XmlNode cmd) throws MalformedXccosException {
    String name = progress.commandName();
    if (name == null) {
      throw invalid("cmd without an id of the form cmd:NAME");
    }
    if (progress.seqId() == null) {
      throw invalid("cmd without a valid seqid");
    }
    CommandRef ref = new CommandRef(progress.envelopeId(), progress.seqId());
    XmlNode data = cmd.child("data").orElseGet(() -> new XmlNode("data"));
    switch (CommandNames.normalise(name)) {
      case "requri":
        return new Command.RequestUri(ref);
      case "getserverinfo":
        return serverInfo(ref, data);
      case "chansrch":
        return channelSearch(ref, data);
      case "getassociations":
        return new Command.GetAssociations(ref);
      case "join":
        return join(ref, data);
      case "bjoin":
        return new Command.BatchJoin(ref, channelIds(data));
      case "part":
        return new Command.Part(ref, channelBlock(data));
      case "bccontext":
        return backchat(ref, data);
      case "getinv":
        return invitations(ref, data);
      case "getpref":
        return new Command.GetPreference(ref, preference(data));
      case "setpref":
        return new Command.SetPreference(ref, preference(data));
      case "nodespermcreatechild":
        return new Command.NodesPermCreateChild(ref);
      case "getfutok":
        return fileToken(ref, TransferDirection.UPLOAD, data);
      case "getfdtok":
        return fileToken(ref, TransferDirection.DOWNLOAD, data);
      default:
        return new Command.UnknownCommand(ref, name);
    }
  }

  private Command serverInfo(CommandRef ref, XmlNode data) {
    Optional<XmlNode> sib = data.child("sib");
    return new Command.GetServerInfo(
        ref,
        sib.flatMap(s -> s.attribute("domain")),
        sib.flatMap(s -> s.attribute("infoType")));
  }

  private Command channelSearch(CommandRef ref, XmlNode data) throws MalformedXccosException {
    Optional<XmlNode> qib = data.child("qib");
    String queryType =
        qib.flatMap(q -> q.attribute("qtype")).orElse(Command.ChannelSearch.BY_NAME);
    String criteria = qib.flatMap(q -> q.attribute("criteria")).orElse("");
    boolean extended = bool(qib.flatMap(q -> q.attribute("extended")), "extended", false);
    return new Command.ChannelSearch(ref, queryType, criteria, extended);
  }

  private Command join(CommandRef ref, XmlNode data) throws MalformedXccosException {
    List<ChannelUri> channels = channelIds(data);
    if (channels.size() != 1) {
      throw invalid("cmd:join names exactly one chanid");
    }
    return new Command.Join(ref, channels.get(0));
  }

  private List<ChannelUri> channelIds(XmlNode data) throws MalformedXccosException {
    List<XmlNode> ids = data.children("chanid");
    if (ids.isEmpty()) {
      throw invalid("no chanid");
    }
    List<ChannelUri> channels = new ArrayList<>(ids.size());
    for (XmlNode id : ids) {
      String domain = required(id, "domain");
      String value = required(id, "value");
      try {
        channels.add(ChannelUri.of(domain, value));
      } catch (IllegalArgumentException e) {
        throw invalid("invalid chanid", e);
      }
    }
    return channels;
  }

  private ChannelUri channelBlock(XmlNode data) throws MalformedXccosException {
    XmlNode chanib = data.child("chanib").orElseThrow(() -> invalid("no chanib"));
    return channelUri(required(chanib, "uri"));
  }

  private Command backchat(CommandRef ref, XmlNode data) throws MalformedXccosException {
    ChannelUri channel = channelBlock(data);
    Optional<String> count =
        data.child("bcq").flatMap(q -> q.child("last")).flatMap(last -> last.attribute("cnt"));
    OptionalInt lastCount = OptionalInt.empty();
    if (count.isPresent()) {
      lastCount = OptionalInt.of(nonNegativeInt(count.get(), "cnt"));
    }
    return new Command.BackchatContext(ref, channel, lastCount);
  }

  private Command invitations(CommandRef ref, XmlNode data) {
    Optional<XmlNode> inv = data.child("inv");
    return new Command.GetInvitations(
        ref, inv.flatMap(i -> i.attribute("inviteId")), inv.flatMap(i -> i.attribute("domain")));
  }

  private PreferenceBundle preference(XmlNode data) throws MalformedXccosException {
    XmlNode pref = data.child("pref").orElseThrow(() -> invalid("no pref"));
    String label = required(pref, "label");
    Optional<String> seqid = pref.attribute("seqid");
    OptionalLong revision = OptionalLong.empty();
    if (seqid.isPresent()) {
      try {
        revision = OptionalLong.of(Long.parseLong(seqid.get()));
      } catch (NumberFormatException e) {
        throw invalid("pref seqid is not a number", e);
      }
    }
    boolean createDefault = bool(pref.attribute("createdefault"), "createdefault", false);
    return new PreferenceBundle(label, revision, createDefault, pref.attribute("content"));
  }

  private Command fileToken(CommandRef ref, TransferDirection direction, XmlNode data)
      throws MalformedXccosException {
    XmlNode ftdb = data.child("ftdb").orElseThrow(() -> invalid("no ftdb"));
    ChannelUri channel = channelUri(required(ftdb, "channelUri"));
    return new Command.GetFileToken(ref, direction, channel, required(ftdb, "fileUrl"));
  }

  private ChatMessage chatMessage(XmlNode post) throws MalformedXccosException {
    String seqid = required(post, "seqid");
    if (!SeqId.isValid(seqid)) {
      throw invalid("grpchat with an invalid seqid");
    }
    ChannelUri channel = channelUri(required(post, "chanUri"));
    SipUri author;
    try {
      author = SipUri.parse(required(post, "author"));
    } catch (IllegalArgumentException e) {
      throw invalid("grpchat author is not a SIP URI", e);
    }
    // Mandatory: OCS refused posts without ts, and we must not be laxer than the real server.
    Instant timestamp;
    try {
      timestamp = XccosTimestamps.parse(required(post, "ts"));
    } catch (IllegalArgumentException e) {
      throw invalid("grpchat ts is not an ISO-8601 timestamp", e);
    }
    boolean alert = bool(post.attribute("isAlert"), "isAlert", false);
    XmlNode chat = post.child("chat").orElseThrow(() -> invalid("grpchat without chat"));
    return new ChatMessage(SeqId.of(seqid), channel, author, timestamp, chat.text(), alert);
  }

  private ChannelUri channelUri(String text) throws MalformedXccosException {
    try {
      return ChannelUri.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid("not a ma-chan:// URI", e);
    }
  }

  private String required(XmlNode node, String attribute) throws MalformedXccosException {
    return node.attribute(attribute)
        .orElseThrow(() -> invalid(node.name() + " without " + attribute));
  }

  private boolean bool(Optional<String> value, String attribute, boolean absent)
      throws MalformedXccosException {
    if (value.isEmpty()) {
      return absent;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw invalid(attribute + " is neither true nor false");
    }
  }

  private int nonNegativeInt(String text, String attribute) throws MalformedXccosException {
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw invalid(attribute + " is negative");
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid(attribute + " is not a number", e);
    }
  }

  private MalformedXccosException invalid(String message) {
    return new MalformedXccosException(Reason.INVALID_CONTENT, message, progress);
  }

  private MalformedXccosException invalid(String message, Throwable cause) {
    return new MalformedXccosException(Reason.INVALID_CONTENT, message, progress, cause);
  }
}
