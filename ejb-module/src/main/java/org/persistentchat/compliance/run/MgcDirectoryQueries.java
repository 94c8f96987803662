package org.persistentchat.compliance.run;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.Sender;

/**
 * Looks rooms and users up in mgc for AddChatRoomDetails and AddUserDetails.
 *
 * <p>A room is found by the GUID at the end of its {@code ma-chan://} URI; whether it is logged
 * is its category's ChatHistory switch (rooms have none of their own). Plain SQL on the published
 * columns: these are read-only reporting lookups, and the GUID is bound as text so that both H2
 * and SQL Server convert it to their own GUID type.
 */
public final class MgcDirectoryQueries implements ComplianceDirectory {

  private static final String ROOM =
      "SELECT r.nodeName, c.logged FROM tblNode r JOIN tblNode c ON c.nodeID = r.parentID"
          + " WHERE r.nodeGuid = ?";
  private static final String USER =
      "SELECT prinDisplayName, prinName, prinEmail FROM tblPrincipal WHERE prinID = ?";

  private final EntityManager mgc;

  public MgcDirectoryQueries(EntityManager mgc) {
    this.mgc = Objects.requireNonNull(mgc, "mgc");
  }

  @Override
  public ChatRoom room(String channelUri) {
    Optional<UUID> guid = guidOf(channelUri);
    if (guid.isEmpty()) {
      return ChatRoom.withoutDetails(channelUri);
    }
    List<?> rows = mgc.createNativeQuery(ROOM).setParameter(1, guid.get().toString())
        .getResultList();
    if (rows.isEmpty()) {
      // Deleted since the event; the record keeps the URI it was made with.
      return ChatRoom.withoutDetails(channelUri);
    }
    Object[] row = (Object[]) rows.get(0);
    return new ChatRoom(channelUri, Optional.ofNullable((String) row[0]),
        Optional.of(!isFalse(row[1])));
  }

  @Override
  public Sender sender(int userId, String userUri) {
    List<?> rows = mgc.createNativeQuery(USER).setParameter(1, userId).getResultList();
    if (rows.isEmpty()) {
      return Sender.withoutDetails(userId, userUri);
    }
    Object[] row = (Object[]) rows.get(0);
    Optional<String> name = Optional.ofNullable((String) row[0])
        .or(() -> Optional.ofNullable((String) row[1]));
    return new Sender(userId, userUri, name, Optional.ofNullable((String) row[2]), true);
  }

  private static Optional<UUID> guidOf(String channelUri) {
    String tail = channelUri.substring(channelUri.lastIndexOf('/') + 1);
    try {
      return Optional.of(UUID.fromString(tail));
    } catch (IllegalArgumentException e) {
      // Older servers used small numbers as room ids; such rooms have no GUID to look up.
      return Optional.empty();
    }
  }

  /** BIT comes back as Boolean from H2 and SQL Server; null (inherit) counts as on. */
  private static boolean isFalse(Object bit) {
    return bit instanceof Boolean b ? !b : bit instanceof Number n && n.intValue() == 0;
  }
}
