package org.persistentchat.compliance.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.persistentchat.compliance.adapter.ComplianceMessage;
import org.persistentchat.compliance.adapter.Conversation;

/**
 * Names output files after their content: the time of the first event and a digest of the events.
 * A run that crashed after writing but before deleting its events hands the same events over
 * again and so rewrites the same file instead of adding a duplicate beside it.
 */
final class OutputFileNames {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private OutputFileNames() {}

  /** The base name (without extension) for a file holding these conversations. */
  static String baseName(List<Conversation> conversations) {
    Conversation first = conversations.get(0);
    return "PersistentChatCompliance_" + STAMP.format(first.start()) + "_"
        + digest(conversations);
  }

  /** As {@link #baseName}, with a readable room part for OneChatRoomPerOutputFile. */
  static String roomBaseName(List<Conversation> conversationsOfOneRoom) {
    String uri = conversationsOfOneRoom.get(0).room().uri();
    String tail = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9-]", "_");
    if (tail.length() > 64) {
      tail = tail.substring(0, 64);
    }
    return baseName(conversationsOfOneRoom) + "_" + tail;
  }

  private static String digest(List<Conversation> conversations) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Conversation c : conversations) {
        sha.update(c.room().uri().getBytes(StandardCharsets.UTF_8));
        for (ComplianceMessage m : c.messages()) {
          String key = "|" + m.eventId() + "," + m.type() + "," + m.at() + "," + m.sender().id();
          sha.update(key.getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
