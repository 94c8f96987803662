package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.xccos.MalformedXccosException.Reason;
import org.persistentchat.xccos.model.CommandRef;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ResponseCode;
import org.persistentchat.xccos.model.SeqId;

class HostileInputTest {

  private static final String NS = "xmlns=\"urn:parlano:xml:ns:xccos\"";

  private final XccosParser parser = new XccosParser();

  private MalformedXccosException refusal(XccosParser p, String body) {
    return catchThrowableOfType(
        MalformedXccosException.class, () -> p.parse(body.getBytes(StandardCharsets.UTF_8)));
  }

  private MalformedXccosException refusal(String body) {
    return refusal(parser, body);
  }

  @Test
  void aBodyThatIsNotXmlIsRefusedWithoutAnEnvelopeId() {
    MalformedXccosException e = refusal("hello, this is not xml");

    assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED);
    assertThat(e.envelopeId()).isEmpty();
    assertThat(e.errorReply()).isEmpty();
  }

  @Test
  void anEmptyBodyIsRefused() {
    MalformedXccosException e = refusal("");

    assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED);
  }

  @Test
  void aTruncatedCommandStillYieldsAnErrorReplyToThatCommand() {
    // Given: the start tags were read, then the body breaks off
    String body = "<xccos ver=\"1\" envid=\"77\" " + NS + "><cmd id=\"cmd:join\" seqid=\"3\"><data>";

    // When
    MalformedXccosException e = refusal(body);

    // Then
    assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED);
    CommandRef ref = new CommandRef(EnvelopeId.of("77"), SeqId.of("3"));
    assertThat(e.commandRef()).contains(ref);
    assertThat(e.errorReply())
        .contains(Reply.failure("join", ref, ResponseCode.ERR_INVALID_ARGUMENT));
  }

  @Test
  void aBrokenChatPostCarriesItsEnvelopeIdButNoXccosReply() {
    String body = "<xccos ver=\"1\" envid=\"78\" " + NS + "><grpchat id=\"grpchat\" seqid=\"1\"";

    MalformedXccosException e = refusal(body);

    assertThat(e.envelopeId()).contains(EnvelopeId.of("78"));
    assertThat(e.errorReply()).isEmpty();
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
    // Given: a secret file and a classic XXE body pointing at it
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String body =
        "<?xml version=\"1.0\"?><!DOCTYPE xccos [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><xccos ver=\"1\" envid=\"1\" "
            + NS
            + "><cmd id=\"cmd:requri\" seqid=\"1\"><data>&xxe;</data></cmd></xccos>";

    // When
    MalformedXccosException e = refusal(body);

    // Then
    assertThat(e.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
  }

  @Test
  void anExternalDtdIsNeverFetched() throws Exception {
    // Given: a local HTTP server that counts requests, named by a DOCTYPE's system id
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
      String body =
          "<!DOCTYPE xccos SYSTEM \"" + url + "\"><xccos ver=\"1\" envid=\"1\" " + NS + "/>";

      // When
      MalformedXccosException e = refusal(body);

      // Then
      assertThat(e.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aBillionLaughsBodyIsRefusedBeforeAnyExpansion() {
    StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    body.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      body.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        body.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      body.append("\">");
    }
    body.append("]><xccos ver=\"1\" envid=\"1\" ").append(NS).append(">&lol9;</xccos>");

    MalformedXccosException e = refusal(body.toString());

    assertThat(e.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
  }

  @Test
  void aDoctypeInUtf16IsStillRefused() {
    // The byte scan cannot see UTF-16; the parser's DTD event must catch it.
    String body = "<!DOCTYPE xccos [<!ENTITY a \"b\">]><xccos ver=\"1\" envid=\"1\" " + NS + "/>";

    MalformedXccosException e =
        catchThrowableOfType(
            MalformedXccosException.class,
            () -> parser.parse(body.getBytes(StandardCharsets.UTF_16)));

    assertThat(e.reason()).isEqualTo(Reason.DOCTYPE_FORBIDDEN);
  }

  @Test
  void anUndeclaredEntityIsRefusedNotResolved() {
    String body = "<xccos ver=\"1\" envid=\"5\" " + NS + "><grpchat>&foo;</grpchat></xccos>";

    MalformedXccosException e = refusal(body);

    assertThat(e.reason()).isIn(Reason.NOT_WELL_FORMED, Reason.DOCTYPE_FORBIDDEN);
  }

  @Test
  void aBodyOverTheSizeLimitIsRefusedUnread() {
    XccosParser small = new XccosParser(new XccosLimits(100, 12));
    String body =
        "<xccos ver=\"1\" envid=\"107715701\" "
            + NS
            + "><cmd id=\"cmd:requri\" seqid=\"1\"><data/></cmd></xccos>";

    MalformedXccosException e = refusal(small, body);

    assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
    assertThat(e.envelopeId()).isEmpty();
  }

  @Test
  void elementsNestedBeyondTheDepthLimitAreRefused() {
    String body =
        "<xccos ver=\"1\" envid=\"9\" "
            + NS
            + "><cmd id=\"cmd:requri\" seqid=\"1\"><data>"
            + "<a>".repeat(20)
            + "</a>".repeat(20)
            + "</data></cmd></xccos>";

    MalformedXccosException e = refusal(body);

    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.errorReply()).isPresent();
  }

  @Test
  void aRootOtherThanXccosIsNotAnEnvelope() {
    MalformedXccosException e = refusal("<html><body>hi</body></html>");

    assertThat(e.reason()).isEqualTo(Reason.NOT_AN_ENVELOPE);
    assertThat(e.envelopeId()).isEmpty();
  }

  @Test
  void anXccosRootOutsideTheXccosNamespaceIsNotAnEnvelope() {
    MalformedXccosException e =
        refusal("<xccos ver=\"1\" envid=\"1\"><cmd id=\"cmd:requri\" seqid=\"1\"/></xccos>");

    assertThat(e.reason()).isEqualTo(Reason.NOT_AN_ENVELOPE);
  }

  @Test
  void anEnvelopeWithoutEnvidIsRefusedWithoutAReply() {
    MalformedXccosException e =
        refusal("<xccos ver=\"1\" " + NS + "><cmd id=\"cmd:requri\" seqid=\"1\"/></xccos>");

    assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(e.errorReply()).isEmpty();
  }

  @Test
  void anEnvelopeWithoutPayloadIsRefusedButKeepsItsId() {
    MalformedXccosException e = refusal("<xccos ver=\"1\" envid=\"12\" " + NS + "/>");

    assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(e.envelopeId()).contains(EnvelopeId.of("12"));
  }

  @Test
  void aJoinWithABadRoomIsAnsweredWithRpl400() {
    String body =
        "<xccos ver=\"1\" envid=\"13\" "
            + NS
            + "><cmd id=\"cmd:join\" seqid=\"1\"><data><chanid key=\"0\" domain=\"bad domain\""
            + " value=\"r\"/></data></cmd></xccos>";

    MalformedXccosException e = refusal(body);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
    Reply reply = e.errorReply().orElseThrow();
    assertThat(reply.name()).isEqualTo("join");
    assertThat(reply.code()).isEqualTo(ResponseCode.ERR_INVALID_ARGUMENT);
  }

  @Test
  void aFileTokenCommandThatFailsIsAnsweredAsGetftok() {
    String body =
        "<xccos ver=\"1\" envid=\"14\" "
            + NS
            + "><cmd id=\"cmd:getfutok\" seqid=\"1\"><data/></cmd></xccos>";

    MalformedXccosException e = refusal(body);

    assertThat(e.errorReply().orElseThrow().name()).isEqualTo("getftok");
  }

  @Test
  void aChatPostWithoutTimestampIsRefused() {
    String body =
        "<xccos ver=\"1\" envid=\"15\" "
            + NS
            + "><grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"ma-chan://example.test/r\""
            + " author=\"sip:alice@example.test\"><chat>hi</chat></grpchat></xccos>";

    MalformedXccosException e = refusal(body);

    assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(e.envelopeId()).contains(EnvelopeId.of("15"));
  }

  @Test
  void invalidUtf8IsRefusedAsNotWellFormed() {
    byte[] head =
        ("<xccos ver=\"1\" envid=\"16\" " + NS + "><grpchat><chat>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] body = java.util.Arrays.copyOf(head, head.length + 2);
    body[head.length] = (byte) 0xC3;
    body[head.length + 1] = (byte) 0x28;

    MalformedXccosException e =
        catchThrowableOfType(MalformedXccosException.class, () -> parser.parse(body));

    assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED);
  }

  @Test
  void anUnsupportedVersionIsRefused() {
    MalformedXccosException e =
        refusal(
            "<xccos ver=\"2\" envid=\"17\" "
                + NS
                + "><cmd id=\"cmd:requri\" seqid=\"1\"><data/></cmd></xccos>");

    assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(e.errorReply()).isPresent();
  }
}
