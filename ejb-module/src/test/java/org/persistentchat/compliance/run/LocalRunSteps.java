package org.persistentchat.compliance.run;

import java.time.Duration;
import java.time.Instant;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.ComplianceBatches;
import org.persistentchat.compliance.store.ComplianceLock;
import org.persistentchat.compliance.store.LockAttempt;
import org.persistentchat.compliance.store.H2Database;

/** {@link RunSteps} on a RESOURCE_LOCAL mgccomp, one transaction per step like the EJB. */
final class LocalRunSteps implements RunSteps {

  private final H2Database db;

  LocalRunSteps(H2Database db) {
    this.db = db;
  }

  @Override
  public LockAttempt acquire(int serverId, Instant now, Duration lease) {
    return db.inTransaction(em -> new ComplianceLock(em).tryAcquire(serverId, now, lease));
  }

  @Override
  public Batch read(Instant now, int limit) {
    return db.inTransaction(em -> new ComplianceBatches(em).read(now, limit));
  }

  @Override
  public boolean complete(int serverId, Instant now, Batch batch) {
    return db.inTransaction(em -> {
      if (!new ComplianceLock(em).advance(serverId, now, batch.lastEventId(0))) {
        return false;
      }
      new ComplianceBatches(em).delete(batch, now);
      return true;
    });
  }

  @Override
  public void release(int serverId) {
    db.inTransaction(em -> {
      new ComplianceLock(em).release(serverId);
      return null;
    });
  }
}
