package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.ConnectionOrientedMessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;

/**
 * Named in the stack properties ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}): the RI's
 * parser, plus one coded log line for every message the RI will refuse, whether it cannot parse
 * it (the RI answers 400 where it can, RFC 3261 §8.2) or it lacks a mandatory header (the RI drops
 * it). The RI itself logs those only at debug level, without a code.
 *
 * <p>It also keeps the SIP version a request was sent with: the RI's parser writes {@code SIP/2.0}
 * into every request line it reads, which hides the version the RI's channels answer 505 to
 * (RFC 3261 §8.2.2); without this a {@code SIP/7.1} request was served as if it were 2.0.
 *
 * <p>On TCP and TLS the RI parses the headers first and, when Content-Length is above the stack's
 * {@code MAX_MESSAGE_SIZE}, closes the connection without reading the body, without an answer
 * and without a log line. Here, where the headers are in hand and the channel is the listener,
 * such a request is answered 513 (RFC 3261 §21.5.14) and logged before the RI closes: the body
 * is never read, and the connection must close because the rest of the stream cannot be framed.
 */
public final class LoggingMessageParserFactory implements MessageParserFactory {

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;
  private static final int MAX_FIRST_LINE = 120;

  @Override
  public MessageParser createMessageParser(SIPTransactionStack stack) {
    StringMsgParser parser = new StringMsgParser();
    return (bytes, readBody, strict, listener) -> {
      SIPMessage message = parse(parser, bytes, readBody, strict, listener);
      if (!readBody && listener instanceof ConnectionOrientedMessageChannel channel) {
        refuseOversizedStream(message, stack.getMaxMessageSize(), channel, bytes);
      }
      return message;
    };
  }

  /** The stream case: the RI will close the connection, so say 513 on it first, and log once. */
  private static void refuseOversizedStream(SIPMessage message, int limit,
      ConnectionOrientedMessageChannel channel, byte[] head) {
    if (message == null || limit <= 0 || message.getContentLength() == null
        || message.getContentLength().getContentLength() <= limit) {
      return;
    }
    String reason = "Content-Length " + message.getContentLength().getContentLength()
        + " is over the stream limit of " + limit + " bytes";
    if (message instanceof SIPRequest request) {
      try {
        writeOnConnection(channel, request.createResponse(513).encodeAsBytes(channel.getTransport()));
        reason += "; answered 513 and closed the connection";
      } catch (IOException | ReflectiveOperationException e) {
        reason += "; the 513 could not be sent (" + e + "), connection closed";
      }
    } else {
      reason += "; connection closed";
    }
    LOG.malformed(firstLine(head), reason);
  }

  /**
   * Writes straight to the channel's socket: until the RI has processed a message from the
   * connection, its channel knows neither the peer's transport nor has the connection cached, so
   * its own send fails (a null transport) or would dial the peer's ephemeral port. Holding the channel's lock
   * keeps the bytes apart from any response the RI's synchronized send writes.
   */
  private static void writeOnConnection(ConnectionOrientedMessageChannel channel, byte[] bytes)
      throws IOException, ReflectiveOperationException {
    Field socketField = ConnectionOrientedMessageChannel.class.getDeclaredField("mySock");
    socketField.setAccessible(true);
    Socket socket = (Socket) socketField.get(channel);
    synchronized (channel) {
      socket.getOutputStream().write(bytes);
      socket.getOutputStream().flush();
    }
  }

  private static SIPMessage parse(StringMsgParser parser, byte[] bytes, boolean readBody, boolean strict,
      ParseExceptionListener listener) throws ParseException {
    SIPMessage message;
    try {
      message = parser.parseSIPMessage(bytes, readBody, strict, listener);
    } catch (ParseException e) {
      LOG.malformed(firstLine(bytes), String.valueOf(e.getMessage()));
      throw e;
    }
    if (message instanceof SIPRequest request) {
      String sent = lastToken(firstLine(bytes));
      if (sent.regionMatches(true, 0, "SIP/", 0, 4) && !sent.equalsIgnoreCase("SIP/2.0")) {
        request.getRequestLine().setSipVersion(sent);
        LOG.malformed(firstLine(bytes), "SIP version " + sent + " is not supported; answered 505");
      }
    }
    if (message != null) {
      List<String> missing = missingMandatoryHeaders(message);
      if (!missing.isEmpty()) {
        LOG.malformed(firstLine(bytes), "missing " + String.join(", ", missing));
      }
    }
    return message;
  }

  /** The headers RFC 3261 §8.1.1 requires in every message, which the RI checks after parsing. */
  private static List<String> missingMandatoryHeaders(SIPMessage m) {
    List<String> missing = new ArrayList<>();
    if (m.getFrom() == null) {
      missing.add("From");
    }
    if (m.getTo() == null) {
      missing.add("To");
    }
    if (m.getCallId() == null) {
      missing.add("Call-ID");
    }
    if (m.getCSeq() == null) {
      missing.add("CSeq");
    }
    if (m.getViaHeaders() == null) {
      missing.add("Via");
    }
    return missing;
  }

  private static String lastToken(String line) {
    String trimmed = line.trim();
    return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
  }

  /** The start line, printable and short: the log must not carry a flood's payload. */
  private static String firstLine(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && end < MAX_FIRST_LINE && bytes[end] != '\r' && bytes[end] != '\n') {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?");
  }
}
