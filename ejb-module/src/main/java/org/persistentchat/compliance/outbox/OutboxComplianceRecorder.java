package org.persistentchat.compliance.outbox;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceNode;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.compliance.outbox.store.OutboxStore;

/**
 * Records each compliance event as a row of the outbox in mgc, in the caller's transaction: the
 * row commits with the chat write it records, or rolls back with it. Nothing but mgc takes part,
 * so a post commits one local transaction (docs/adr/0017). Once that transaction has committed,
 * the relay is woken to move the rows to the compliance queue.
 *
 * <p>REQUIRED rather than MANDATORY: read-only paths (BACKCHAT, FILEDOWNLOAD) may run without a
 * transaction, and their events are still recorded, in a transaction of their own.
 *
 * <p>A singleton without locking so that the chat runtime can name it in {@code @DependsOn} and
 * still record the PART events of its orderly stop; the entity manager is the transaction's.
 */
@Singleton
@DependsOn({"OutboxRelay", "ComplianceNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OutboxComplianceRecorder implements ComplianceRecorder {

  /** Marks a transaction whose commit already wakes the relay. */
  private static final Object WAKES_RELAY = new Object();

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  @EJB
  private ComplianceNode node;

  @EJB
  private OutboxRelay relay;

  @Resource
  private TransactionSynchronizationRegistry transaction;

  /** This server's id, looked up once: the post path should not pay a bean call for it. */
  private volatile Integer serverId;

  @Override
  public void record(ComplianceEvent event) {
    new OutboxStore(mgc).append(OutboxEvents.row(event, serverId()));
    if (transaction.getResource(WAKES_RELAY) == null) {
      transaction.putResource(WAKES_RELAY, Boolean.TRUE);
      transaction.registerInterposedSynchronization(new WakeOnCommit(relay));
    }
  }

  private int serverId() {
    Integer id = serverId;
    if (id == null) {
      id = node.serverId();
      serverId = id;
    }
    return id;
  }

  /** Wakes the relay once the rows are visible to it, and not at all if they rolled back. */
  private record WakeOnCommit(OutboxRelay relay) implements Synchronization {

    @Override
    public void beforeCompletion() {
      // Nothing to add to the transaction.
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        relay.wake();
      }
    }
  }
}
