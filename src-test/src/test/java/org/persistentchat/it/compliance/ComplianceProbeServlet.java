package org.persistentchat.it.compliance;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.queue.ComplianceQueueSender;

/**
 * Deployed by the compliance tests beside the EAR, never shipped: it reaches what a SIP client
 * cannot. {@code POST ?op=record} puts an event on the compliance queue through the production
 * queue sender, the one the outbox relay uses (for the moderation and file events no client can
 * cause yet), {@code &copies=n} sending it n times, each in its own transaction, as a relay that
 * crashed between send and delete does; {@code POST ?op=poison} puts a message that is no
 * compliance event on the queue; {@code GET ?op=rows&room=} lists the room's mgccomp rows;
 * {@code POST ?op=orphan} writes an outbox row as a server that is gone would have left it
 * ({@code relayServerID} of no server, {@code ageSeconds} old); {@code GET ?op=outbox&room=}
 * counts the room's rows still in the mgc outbox;
 * {@code POST ?op=batch} sends one message holding that event and, as {@code refusedEventId}, one
 * that mgccomp refuses; {@code GET ?op=dlq&id=} says whether the DLQ holds a message with that
 * event id.
 */
@WebServlet("/probe")
public class ComplianceProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB
  private ComplianceQueueSender sender;

  @Inject
  private JMSContext jms;

  @Resource(lookup = "java:/jms/pchat/ComplianceQueue")
  private Queue queue;

  @Resource(lookup = "java:/jms/pchat/ComplianceDLQ")
  private Queue deadLetters;

  @Resource(lookup = "java:jboss/datasources/mgccomp")
  private DataSource mgccomp;

  @Resource(lookup = "java:jboss/datasources/mgc")
  private DataSource mgc;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    switch (req.getParameter("op")) {
      case "record" -> {
        String copies = req.getParameter("copies");
        ComplianceEvent event = event(req, UUID.fromString(req.getParameter("eventId")),
            req.getParameter("userUri"));
        for (int i = copies == null ? 1 : Integer.parseInt(copies); i > 0; i--) {
          sender.send(List.of(event));
        }
      }
      case "batch" -> sender.send(List.of(
          event(req, UUID.fromString(req.getParameter("eventId")), req.getParameter("userUri")),
          // Longer than tblComplianceData.cmplUserUri holds: decoded fine, refused by mgccomp.
          event(req, UUID.fromString(req.getParameter("refusedEventId")),
              "sip:" + "x".repeat(300) + "@example.com")));
      case "orphan" -> orphan(req);
      case "poison" -> {
        TextMessage poison = jms.createTextMessage("not a compliance event");
        try {
          poison.setStringProperty("pchatComplianceEventIds", req.getParameter("id"));
        } catch (JMSException e) {
          throw new IOException(e);
        }
        jms.createProducer().send(queue, poison);
      }
      default -> resp.sendError(400, "unknown op");
    }
    resp.setStatus(204);
  }

  private static ComplianceEvent event(HttpServletRequest req, UUID id, String userUri) {
    String chat = req.getParameter("chatId");
    return new ComplianceEvent(id, ComplianceAction.valueOf(req.getParameter("action")),
        Instant.now(), req.getParameter("room"), Long.parseLong(req.getParameter("roomId")),
        chat == null ? null : Long.valueOf(chat), Integer.parseInt(req.getParameter("userId")),
        userUri, req.getParameter("content"));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    switch (req.getParameter("op")) {
      case "rows" -> resp.getWriter().write(rows(req.getParameter("room")));
      case "dlq" -> resp.getWriter().write(String.valueOf(inDeadLetters(req.getParameter("id"))));
      case "outbox" -> resp.getWriter().write(String.valueOf(inOutbox(req.getParameter("room"))));
      default -> resp.sendError(400, "unknown op");
    }
  }

  private String rows(String room) throws IOException {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    try (Connection c = mgccomp.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT cmplType, cmplChatID, cmplUserID,"
            + " cmplUserUri, cmplMessage, pchatEventGuid FROM tblComplianceData"
            + " WHERE cmplChannelUri = ? ORDER BY cmplTime, cmplEventID")) {
      s.setString(1, room);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long chatId = rs.getLong(2);
          rows.add(Json.createObjectBuilder()
              .add("type", rs.getInt(1))
              .add("chatId", rs.wasNull() ? -1 : chatId)
              .add("userId", rs.getInt(3))
              .add("userUri", rs.getString(4))
              .add("message", rs.getString(5) == null ? "" : rs.getString(5))
              .add("eventGuid", rs.getString(6).trim()));
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    return rows.build().toString();
  }

  /** 0001-01-01 to 1970-01-01 in 100 ns ticks, the time unit of mgc. */
  private static final long EPOCH_TICKS = 621_355_968_000_000_000L;
  /** A relayServerID that no server of the test pool has. */
  private static final int GONE_SERVER = 999_999;

  private void orphan(HttpServletRequest req) throws IOException {
    long at = Instant.now().minusSeconds(Long.parseLong(req.getParameter("ageSeconds")))
        .toEpochMilli();
    try (Connection c = mgc.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO pchatComplianceOutbox (eventGuid,"
            + " relayServerID, action, eventTime, channelUri, roomID, chatID, userID, userUri,"
            + " content) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")) {
      s.setString(1, UUID.fromString(req.getParameter("eventId")).toString());
      s.setInt(2, GONE_SERVER);
      s.setString(3, ComplianceAction.valueOf(req.getParameter("action")).name());
      s.setLong(4, EPOCH_TICKS + at * 10_000);
      s.setString(5, req.getParameter("room"));
      s.setLong(6, Long.parseLong(req.getParameter("roomId")));
      s.setInt(7, Integer.parseInt(req.getParameter("userId")));
      s.setString(8, req.getParameter("userUri"));
      s.setString(9, req.getParameter("content"));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private long inOutbox(String room) throws IOException {
    try (Connection c = mgc.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM pchatComplianceOutbox WHERE channelUri = ?")) {
      s.setString(1, room);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private boolean inDeadLetters(String id) throws IOException {
    try (QueueBrowser browser = jms.createBrowser(deadLetters,
        "pchatComplianceEventIds LIKE '%" + id.replace("'", "''") + "%'")) {
      Enumeration<?> messages = browser.getEnumeration();
      return messages.hasMoreElements() && messages.nextElement() instanceof Message;
    } catch (JMSException e) {
      throw new IOException(e);
    }
  }
}
