package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.InboundEnvelope;
import org.persistentchat.xccos.model.SeqId;

/**
 * Every XCCOS body SIPE 1.25 sent in the reference capture, copied byte for byte (the sizes are
 * the Content-Length values of the captured INFOs).
 */
class SipeCaptureParsingTest {

  private static final ChannelUri HARNESS_ROOM = ChannelUri.of("example.test", "harness-room");

  private final XccosParser parser = new XccosParser();

  static byte[] capture(String name, int contentLength) throws IOException {
    try (InputStream in = SipeCaptureParsingTest.class.getResourceAsStream("sipe/" + name)) {
      assertThat(in).as(name).isNotNull();
      byte[] body = in.readAllBytes();
      assertThat(body).as("bytes of " + name).hasSize(contentLength);
      return body;
    }
  }

  private static CommandRef ref(String envid) {
    return new CommandRef(EnvelopeId.of(envid), SeqId.ONE);
  }

  @Test
  void requriIsReadAsARequestForTheChatServerUri() throws Exception {
    // Given
    byte[] body = capture("cmd-requri.xml", 118);

    // When
    InboundEnvelope envelope = parser.parse(body);

    // Then
    assertThat(envelope.envelopeId()).isEqualTo(EnvelopeId.of("107715701"));
    assertThat(envelope.payload()).isEqualTo(new Command.RequestUri(ref("107715701")));
  }

  @Test
  void getinvIsReadWithItsInviteIdAndDomain() throws Exception {
    byte[] body = capture("cmd-getinv.xml", 165);

    InboundEnvelope envelope = parser.parse(body);

    assertThat(envelope.payload())
        .isEqualTo(
            new Command.GetInvitations(
                ref("107715702"),
                java.util.Optional.of("1"),
                java.util.Optional.of("example.test")));
  }

  @Test
  void chansrchIsReadAsAListAllByNameQuery() throws Exception {
    byte[] body = capture("cmd-chansrch.xml", 176);

    InboundEnvelope envelope = parser.parse(body);

    assertThat(envelope.payload())
        .isEqualTo(new Command.ChannelSearch(ref("107715703"), "BYNAME", "", false));
  }

  @Test
  void joinIsReadWithTheRoomRebuiltFromItsChanid() throws Exception {
    byte[] body = capture("cmd-join.xml", 182);

    InboundEnvelope envelope = parser.parse(body);

    assertThat(envelope.payload()).isEqualTo(new Command.Join(ref("107715704"), HARNESS_ROOM));
  }

  @Test
  void bccontextIsReadWithTheRoomAndTheLast25Query() throws Exception {
    byte[] body = capture("cmd-bccontext.xml", 205);

    InboundEnvelope envelope = parser.parse(body);

    assertThat(envelope.payload())
        .isEqualTo(
            new Command.BackchatContext(ref("107715705"), HARNESS_ROOM, OptionalInt.of(25)));
  }

  @Test
  void grpchatIsReadAsAPostWithAuthorTimestampAndText() throws Exception {
    byte[] body = capture("grpchat.xml", 248);

    InboundEnvelope envelope = parser.parse(body);

    assertThat(envelope.envelopeId()).isEqualTo(EnvelopeId.of("107715706"));
    assertThat(envelope.payload())
        .isEqualTo(
            new ChatMessage(
                SeqId.ONE,
                HARNESS_ROOM,
                SipUri.parse("sip:alice@example.test"),
                Instant.parse("2026-11-22T02:48:55Z"),
                "hello from SIPE",
                false));
  }
}
