package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelInfo;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.InboundEnvelope;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ReplyData;
import org.persistentchat.xccos.model.SeqId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the writer emits reads back unchanged, however hostile the text. */
class RoundTripTest {

  private static final ChannelUri ROOM = ChannelUri.of("example.test", "harness-room");
  private static final SipUri ALICE = SipUri.parse("sip:alice@example.test");
  private static final EnvelopeId ENVID = EnvelopeId.of("5000000000000000042");

  private final XccosWriter writer = new XccosWriter();
  private final XccosParser parser = new XccosParser();

  @Test
  void aDeliveredMessageParsesBackToTheSameMessage() throws Exception {
    // Given
    ChatMessage sent =
        new ChatMessage(
            SeqId.ONE, ROOM, ALICE, Instant.parse("2026-11-22T02:48:55.1234567Z"), "hi", true);

    // When
    InboundEnvelope back = parser.parse(writer.writeBytes(ENVID, sent));

    // Then
    assertThat(back.envelopeId()).isEqualTo(ENVID);
    assertThat(back.payload()).isEqualTo(sent);
  }

  @Test
  void markupAmpersandsQuotesAndLineBreaksInAMessageSurviveTheRoundTrip() throws Exception {
    String text =
        "<script>alert('x')</script> & \"quotes\" ]]> &amp; tab\there\r\nnext line\rcr \uD83D\uDE00";
    ChatMessage sent = ChatMessage.of(ROOM, ALICE, Instant.EPOCH, text);

    String body = writer.write(ENVID, sent);
    InboundEnvelope back = parser.parse(writer.writeBytes(ENVID, sent));

    assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(((ChatMessage) back.payload()).text()).isEqualTo(text);
  }

  @Test
  void aRoomNameWithMarkupRoundTripsThroughAStandardXmlParser() throws Exception {
    // Given: hostile text in every attribute a room carries
    String name = "<script>alert(\"pwn\")</script> & Co";
    String description = "line one\nline two\ttabbed & 'quoted'";
    String topic = "a > b && c < d";
    Reply reply =
        Reply.success(
            new Command.ChannelSearch(
                new CommandRef(EnvelopeId.of("1"), SeqId.ONE), "BYNAME", "", false),
            new ReplyData.ChannelList(
                List.of(
                    ChannelInfo.of(ROOM, name).withDescription(description).withTopic(topic))));

    // When
    String body = writer.write(ENVID, reply);
    Element chanib = firstElement(body, "chanib");

    // Then
    assertThat(chanib.getAttribute("name")).isEqualTo(name);
    assertThat(chanib.getAttribute("description")).isEqualTo(description);
    assertThat(chanib.getAttribute("topic")).isEqualTo(topic);
    assertThat(chanib.getNamespaceURI()).isEqualTo(Xccos.NAMESPACE);
  }

  @Test
  void charactersXmlCannotCarryAreReplacedRatherThanBreakingTheDocument() throws Exception {
    ChatMessage sent = ChatMessage.of(ROOM, ALICE, Instant.EPOCH, "bell\u0007 nul\u0000 \uD800");

    InboundEnvelope back = parser.parse(writer.writeBytes(ENVID, sent));

    assertThat(((ChatMessage) back.payload()).text()).isEqualTo("bell\uFFFD nul\uFFFD \uFFFD");
  }

  private static Element firstElement(String body, String name) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes("UTF-8")));
    return (Element) doc.getElementsByTagNameNS(Xccos.NAMESPACE, name).item(0);
  }
}
