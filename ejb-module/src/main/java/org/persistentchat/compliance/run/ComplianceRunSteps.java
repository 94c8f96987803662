package org.persistentchat.compliance.run;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.ComplianceBatches;
import org.persistentchat.compliance.store.ComplianceLock;
import org.persistentchat.compliance.store.LockAttempt;

/** The container's {@link RunSteps}: each step its own JTA transaction on mgccomp. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ComplianceRunSteps implements RunSteps {

  @PersistenceContext(unitName = "mgccomp")
  private EntityManager mgccomp;

  @Override
  public LockAttempt acquire(int serverId, Instant now, Duration lease) {
    return new ComplianceLock(mgccomp).tryAcquire(serverId, now, lease);
  }

  @Override
  public Batch read(Instant now, int limit) {
    return new ComplianceBatches(mgccomp).read(now, limit);
  }

  @Override
  public boolean complete(int serverId, Instant now, Batch batch) {
    if (!new ComplianceLock(mgccomp).advance(serverId, now, batch.lastEventId(0))) {
      return false;
    }
    new ComplianceBatches(mgccomp).delete(batch, now);
    return true;
  }

  @Override
  public void release(int serverId) {
    new ComplianceLock(mgccomp).release(serverId);
  }
}
