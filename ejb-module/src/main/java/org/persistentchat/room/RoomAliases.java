package org.persistentchat.room;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Room aliases in {@code pchatRoomAlias}. Rooms are created by several front ends (console, admin
 * API, XCCOS); rather than hook each, a room gets its alias the first time aliases are looked up
 * and it has none. Two servers doing that at once collide on the unique alias, and the losing
 * transaction rolls back and is retried by its caller like any other conflict.
 */
public final class RoomAliases {

  private final EntityManager em;

  public RoomAliases(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** The room the alias names, if any. */
  public Optional<Integer> roomOf(RoomAlias alias) {
    Optional<Integer> found = find(alias);
    if (found.isPresent()) {
      return found;
    }
    return assignMissing() > 0 ? find(alias) : Optional.empty();
  }

  /** The room's alias, assigning one from its name if it has none yet. */
  public RoomAlias aliasOf(int nodeId) {
    Optional<RoomAlias> alias = stored(nodeId);
    if (alias.isPresent()) {
      return alias.get();
    }
    assignMissing();
    return stored(nodeId).orElseThrow(() -> new IllegalArgumentException("no room " + nodeId));
  }

  /** Every room's alias by node id, assigning the missing ones first (one query for a list). */
  public Map<Integer, RoomAlias> all() {
    assignMissing();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT nodeID, alias FROM pchatRoomAlias")
        .getResultList();
    Map<Integer, RoomAlias> aliases = new HashMap<>();
    for (Object[] row : rows) {
      aliases.put(((Number) row[0]).intValue(), new RoomAlias((String) row[1]));
    }
    return aliases;
  }

  /**
   * Sets the room's alias, as an administrator chose it.
   *
   * @throws AliasTakenException if another room has it
   */
  public void set(int nodeId, RoomAlias alias) throws AliasTakenException {
    Optional<Integer> holder = find(alias);
    if (holder.isPresent() && holder.get() != nodeId) {
      throw new AliasTakenException(alias);
    }
    em.createNativeQuery("DELETE FROM pchatRoomAlias WHERE nodeID = ?1")
        .setParameter(1, nodeId).executeUpdate();
    insert(nodeId, alias);
  }

  /** Gives every room without an alias one derived from its name; returns how many. */
  public int assignMissing() {
    @SuppressWarnings("unchecked")
    List<Object[]> rooms = em.createNativeQuery("SELECT n.nodeID, n.nodeName FROM tblNode n"
            + " WHERE n.nodeType = ?1 AND NOT EXISTS"
            + " (SELECT 1 FROM pchatRoomAlias a WHERE a.nodeID = n.nodeID) ORDER BY n.nodeID")
        .setParameter(1, Boolean.FALSE)
        .getResultList();
    if (rooms.isEmpty()) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<String> taken = em.createNativeQuery("SELECT alias FROM pchatRoomAlias").getResultList();
    Set<String> used = new HashSet<>(taken);
    for (Object[] room : rooms) {
      RoomAlias base = RoomAlias.derivedFrom((String) room[1]);
      RoomAlias alias = base;
      for (int n = 2; used.contains(alias.value()); n++) {
        alias = base.withSuffix(n);
      }
      used.add(alias.value());
      insert(((Number) room[0]).intValue(), alias);
    }
    return rooms.size();
  }

  private Optional<Integer> find(RoomAlias alias) {
    return em.createNativeQuery("SELECT nodeID FROM pchatRoomAlias WHERE alias = ?1")
        .setParameter(1, alias.value())
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).intValue());
  }

  private Optional<RoomAlias> stored(int nodeId) {
    return em.createNativeQuery("SELECT alias FROM pchatRoomAlias WHERE nodeID = ?1")
        .setParameter(1, nodeId)
        .getResultStream()
        .findFirst()
        .map(alias -> new RoomAlias((String) alias));
  }

  private void insert(int nodeId, RoomAlias alias) {
    em.createNativeQuery("INSERT INTO pchatRoomAlias (nodeID, alias) VALUES (?1, ?2)")
        .setParameter(1, nodeId).setParameter(2, alias.value()).executeUpdate();
  }
}
