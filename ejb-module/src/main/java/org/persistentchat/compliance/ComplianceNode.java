package org.persistentchat.compliance;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.UUID;
import org.persistentchat.pool.ServerRegistry;
import org.persistentchat.pool.model.ServerIdentity;

/**
 * This node as compliance sees it: its pool server id and the session id drawn at this start.
 *
 * <p>NOT_SUPPORTED: the id is read from mgc, and a caller's transaction already holds mgccomp;
 * two non-XA datasources cannot share one transaction, so the lookup runs in its own.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceNode {

  private final UUID sessionId = UUID.randomUUID();
  private volatile Integer serverId;

  @EJB
  private ServerRegistry registry;

  public int serverId() {
    Integer id = serverId;
    if (id == null) {
      id = registry.thisNode().map(ServerIdentity::serverId)
          .orElseGet(registry::registerThisNode);
      serverId = id;
    }
    return id;
  }

  public UUID sessionId() {
    return sessionId;
  }
}
