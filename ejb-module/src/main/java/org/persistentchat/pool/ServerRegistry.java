package org.persistentchat.pool;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.persistentchat.pool.model.ServerIdentity;
import org.persistentchat.time.Ticks;

/** The chat servers of the pool as recorded in {@code tblServerIdentity}. */
@Stateless
public class ServerRegistry {

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  /** Records this node (or refreshes its heartbeat) and returns its server id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int registerThisNode() {
    String address = NodeName.current();
    Ticks now = Ticks.of(Instant.now());
    ServerIdentity self = find(address).orElseGet(() -> {
      Integer max = mgc.createQuery("SELECT MAX(s.serverId) FROM ServerIdentity s", Integer.class)
          .getSingleResult();
      ServerIdentity created = new ServerIdentity(max == null ? 1 : max + 1, address, now);
      mgc.persist(created);
      return created;
    });
    self.ping(now);
    mgc.flush();
    PoolLogger.LOG.registered(self.serverId(), address, mgc.getDelegate().getClass().getName());
    return self.serverId();
  }

  /** This node's record, read back from mgc. */
  public Optional<ServerIdentity> thisNode() {
    return find(NodeName.current());
  }

  private Optional<ServerIdentity> find(String address) {
    return mgc.createQuery("SELECT s FROM ServerIdentity s WHERE s.serverAddress = :a", ServerIdentity.class)
        .setParameter("a", address)
        .getResultStream()
        .findFirst();
  }
}
