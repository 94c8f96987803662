package org.persistentchat.compliance.outbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceEvent;
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

  public List<ComplianceEvent> pending(int serverId, int limit) {
    return new OutboxStore(mgc).pending(serverId, limit).stream()
        .map(OutboxEvents::event).toList();
  }

  public void delete(List<UUID> eventIds) {
    new OutboxStore(mgc).delete(eventIds);
  }

  public int adopt(int serverId, Ticks olderThan) {
    return new OutboxStore(mgc).adopt(serverId, olderThan);
  }

  public long waiting(int serverId) {
    return new OutboxStore(mgc).waiting(serverId);
  }
}
