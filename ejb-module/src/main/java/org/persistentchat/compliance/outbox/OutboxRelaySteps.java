package org.persistentchat.compliance.outbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.persistentchat.compliance.outbox.model.OutboxEvent;
import org.persistentchat.compliance.outbox.store.OutboxStore;
import org.persistentchat.time.Ticks;

/**
 * The relay's mgc work, each call in a transaction of its own that holds mgc only: the relay never
 * has mgc and the queue in one transaction, so neither needs XA (docs/adr/0017).
 *
 * <p>A singleton without locking so that the relay can name it in {@code @DependsOn} and still
 * use it during its orderly stop; the entity manager is the transaction's.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRelaySteps {

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  /** The rows, detached once the transaction ends; every field is read. */
  public List<OutboxEvent> pending(int serverId, int limit) {
    return new OutboxStore(mgc).pending(serverId, limit);
  }

  public void delete(List<Long> outboxIds) {
    new OutboxStore(mgc).delete(outboxIds);
  }

  public int adopt(int serverId, Ticks olderThan) {
    return new OutboxStore(mgc).adopt(serverId, olderThan);
  }

  public long waiting(int serverId) {
    return new OutboxStore(mgc).waiting(serverId);
  }
}
