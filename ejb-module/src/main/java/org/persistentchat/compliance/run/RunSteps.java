package org.persistentchat.compliance.run;

import java.time.Duration;
import java.time.Instant;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.LockAttempt;

/**
 * The transactional steps of a run, each committed on its own: the lease must be visible to other
 * servers before the adapter starts, and the adapter (file I/O, minutes long) must not sit inside a
 * database transaction. {@link ComplianceRunSteps} is the container's implementation.
 */
public interface RunSteps {

  /** Takes or renews the pool-wide lease; committed on return. */
  LockAttempt acquire(int serverId, Instant now, Duration lease);

  /** Reads the next batch. */
  Batch read(Instant now, int limit);

  /**
   * Deletes the batch and advances the high-water mark, atomically, if this server still holds the
   * lease; returns false (and changes nothing) if it does not.
   */
  boolean complete(int serverId, Instant now, Batch batch);

  /** Gives the lease back. */
  void release(int serverId);
}
