package org.persistentchat.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import javax.sql.DataSource;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.time.Ticks;

/**
 * Fills one room's history with plain JDBC batches. Going through ChatStore would take hours at
 * a million messages; the history's shape (rows, keys, indexes) is what the read figures need.
 */
final class HistoryFiller {

  /** One message in this many carries the search word, so a search finds N / this many. */
  static final int NEEDLE_EVERY = 10_000;
  static final String NEEDLE = "zanzibar";

  private static final String[] WORDS = {"EUR", "USD", "opens", "strong", "weak", "bid", "offer",
      "rates", "desk", "call", "lunch", "report", "meeting", "client", "trade", "risk", "limit",
      "book", "close", "update", "please", "check", "thanks", "today", "tomorrow", "numbers"};

  private HistoryFiller() {}

  static void fill(DataSource ds, NodeId room, PrincipalId[] authors, int messages, Ticks start)
      throws SQLException {
    Random random = new Random(42);
    try (Connection c = ds.getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO tblChat (channelId, chatId,"
            + " chatDate, userId, isAlert, content) VALUES (?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 1; i <= messages; i++) {
        insert.setInt(1, room.value());
        insert.setLong(2, i);
        insert.setLong(3, start.value() + i * 10_000_000L);
        insert.setInt(4, authors[i % authors.length].value());
        insert.setBoolean(5, false);
        insert.setString(6, sentence(random, i % NEEDLE_EVERY == 0));
        insert.addBatch();
        if (i % 5_000 == 0) {
          insert.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
      try (PreparedStatement seq = c.prepareStatement(
          "UPDATE tblLastChatId SET lastChatID = ? WHERE nodeID = ?")) {
        seq.setLong(1, messages);
        seq.setInt(2, room.value());
        seq.executeUpdate();
      }
      c.commit();
    }
  }

  static String sentence(Random random, boolean needle) {
    StringBuilder s = new StringBuilder();
    int words = 6 + random.nextInt(10);
    for (int w = 0; w < words; w++) {
      s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    if (needle) {
      s.append(' ').append(NEEDLE);
    }
    return s.toString();
  }
}
