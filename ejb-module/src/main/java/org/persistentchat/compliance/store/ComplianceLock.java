package org.persistentchat.compliance.store;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.persistentchat.compliance.model.ComplianceState;
import org.persistentchat.time.Ticks;

/**
 * The pool-wide lease in {@code tblComplianceState}: one compare-and-set UPDATE takes it when it is
 * free, expired or already ours, so two servers never feed the adapter at once, and a server that
 * died holding it blocks the others only until its lease runs out.
 *
 * <p>Plain SQL rather than JPQL: the whole point is the single conditional UPDATE, whose row count
 * tells the winner, and the database serialises competing UPDATEs of the row. Each call runs in
 * the caller's transaction, which must commit right after {@link #tryAcquire} so that the other
 * servers see the lease.
 */
public class ComplianceLock {

  private static final String ACQUIRE =
      "UPDATE tblComplianceState SET activeServerID = ?, lockExpirationTime = ?"
          + " WHERE stateID = 1 AND (activeServerID = ? OR activeServerID = ?"
          + " OR lockExpirationTime < ?)";
  private static final String ADVANCE =
      "UPDATE tblComplianceState SET lastProcessedEntryID = ?"
          + " WHERE stateID = 1 AND activeServerID = ? AND lockExpirationTime >= ?";
  private static final String RELEASE =
      "UPDATE tblComplianceState SET activeServerID = ?, lockExpirationTime = 0"
          + " WHERE stateID = 1 AND activeServerID = ?";
  private static final String READ =
      "SELECT activeServerID, lockExpirationTime, lastProcessedEntryID FROM tblComplianceState"
          + " WHERE stateID = 1";

  private final EntityManager mgccomp;

  public ComplianceLock(EntityManager mgccomp) {
    this.mgccomp = Objects.requireNonNull(mgccomp, "mgccomp");
  }

  /** Takes (or renews) the lease for {@code lease} from {@code now}. */
  public LockAttempt tryAcquire(int serverId, Instant now, Duration lease) {
    Ticks expires = Ticks.of(now.plus(lease));
    int updated = mgccomp.createNativeQuery(ACQUIRE)
        .setParameter(1, serverId)
        .setParameter(2, expires.value())
        .setParameter(3, ComplianceState.NO_SERVER)
        .setParameter(4, serverId)
        .setParameter(5, Ticks.of(now).value())
        .executeUpdate();
    if (updated == 1) {
      return new LockAttempt(true, serverId, expires);
    }
    Object[] state = state();
    return new LockAttempt(false, ((Number) state[0]).intValue(),
        new Ticks(((Number) state[1]).longValue()));
  }

  /**
   * Moves the high-water mark to {@code lastEventId} (never backwards), but only while this server
   * still holds an unexpired lease. Returns false when the lease was lost: the caller must roll
   * back rather than delete events another server may be processing.
   */
  public boolean advance(int serverId, Instant now, long lastEventId) {
    long current = ((Number) state()[2]).longValue();
    return mgccomp.createNativeQuery(ADVANCE)
        .setParameter(1, Math.max(current, lastEventId))
        .setParameter(2, serverId)
        .setParameter(3, Ticks.of(now).value())
        .executeUpdate() == 1;
  }

  /** Gives the lease back early; a no-op if another server holds it by now. */
  public void release(int serverId) {
    mgccomp.createNativeQuery(RELEASE)
        .setParameter(1, ComplianceState.NO_SERVER)
        .setParameter(2, serverId)
        .executeUpdate();
  }

  public long lastProcessedEntryId() {
    return ((Number) state()[2]).longValue();
  }

  private Object[] state() {
    return (Object[]) mgccomp.createNativeQuery(READ).getSingleResult();
  }
}
