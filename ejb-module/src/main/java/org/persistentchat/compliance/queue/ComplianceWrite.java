package org.persistentchat.compliance.queue;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceNode;
import org.persistentchat.compliance.store.ComplianceStore;
import org.persistentchat.compliance.store.RecordOutcome;

/**
 * Records consumed events in mgccomp in a transaction of their own, so that the consumer's
 * transaction holds the queue alone and commits in one phase, without a transaction-log record
 * per message. A crash between this commit and the message's acknowledgement redelivers an event
 * mgccomp already holds, which the store recognises by its id (ADR 12, ADR 17).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ComplianceWrite {

  @PersistenceContext(unitName = "mgccomp")
  private EntityManager mgccomp;

  @EJB
  private ComplianceNode node;

  /** One message's events, in one transaction. */
  public List<RecordOutcome> recordAll(List<ComplianceEvent> events) {
    return store().recordAll(events, node.serverId(), node.sessionId());
  }

  /** One event: a redelivered message's events go one by one, so a failure holds back one. */
  public RecordOutcome record(ComplianceEvent event) {
    return store().record(event, node.serverId(), node.sessionId());
  }

  private ComplianceStore store() {
    return new ComplianceStore(mgccomp, Clock.systemUTC());
  }
}
