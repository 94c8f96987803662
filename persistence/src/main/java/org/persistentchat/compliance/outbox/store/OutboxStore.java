package org.persistentchat.compliance.outbox.store;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.persistentchat.compliance.outbox.model.OutboxEvent;
import org.persistentchat.time.Ticks;

/**
 * The compliance outbox in mgc, in the caller's transaction. The chat service appends in the
 * transaction of the change it records; each server's relay reads its own rows, sends them, and
 * deletes them in a later transaction (docs/adr/0017).
 */
public class OutboxStore {

  private final EntityManager mgc;

  public OutboxStore(EntityManager mgc) {
    this.mgc = Objects.requireNonNull(mgc, "mgc");
  }

  /** Adds the event; it becomes visible to the relay when the caller's transaction commits. */
  public void append(OutboxEvent event) {
    mgc.persist(event);
  }

  /**
   * The first {@code limit} rows that {@code relayServerId} is to send, in the order they were
   * written: for one server, the order of its events.
   */
  public List<OutboxEvent> pending(int relayServerId, int limit) {
    return mgc.createQuery("SELECT e FROM OutboxEvent e WHERE e.relayServerId = :server"
            + " ORDER BY e.outboxId", OutboxEvent.class)
        .setParameter("server", relayServerId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Deletes these rows, by their {@link OutboxEvent#outboxId()}, whoever relays them now: once one
   * server has sent an event, no server needs to send it again.
   *
   * @return how many rows were deleted
   */
  public int delete(Collection<Long> outboxIds) {
    if (outboxIds.isEmpty()) {
      return 0;
    }
    return mgc.createQuery("DELETE FROM OutboxEvent e WHERE e.outboxId IN :ids")
        .setParameter("ids", outboxIds)
        .executeUpdate();
  }

  /**
   * Makes {@code relayServerId} the relay of every other server's row whose event is older than
   * {@code olderThan}: rows a server left behind when it went down for good, or that its relay
   * cannot send. The row is reassigned in one statement, so two servers adopting at once do not
   * both take it; if its first relay still sends it, the consumer drops the second copy by the
   * event id.
   *
   * @return how many rows were adopted
   */
  public int adopt(int relayServerId, Ticks olderThan) {
    return mgc.createQuery("UPDATE OutboxEvent e SET e.relayServerId = :me"
            + " WHERE e.relayServerId <> :me AND e.time < :cutoff")
        .setParameter("me", relayServerId)
        .setParameter("cutoff", olderThan)
        .executeUpdate();
  }

  /** How many rows wait for {@code relayServerId}'s relay. */
  public long waiting(int relayServerId) {
    return mgc.createQuery("SELECT COUNT(e) FROM OutboxEvent e WHERE e.relayServerId = :server",
            Long.class)
        .setParameter("server", relayServerId)
        .getSingleResult();
  }

  /** How many rows wait in the outbox, all servers together. */
  public long size() {
    return mgc.createQuery("SELECT COUNT(e) FROM OutboxEvent e", Long.class).getSingleResult();
  }
}
