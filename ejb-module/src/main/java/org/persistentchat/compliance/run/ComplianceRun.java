package org.persistentchat.compliance.run;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.LockAttempt;

/**
 * One adapter run: take the lease, then batch by batch read, group, hand to the adapter and, only
 * after the adapter returned, delete. If the adapter throws, nothing is deleted and the same
 * events come again next time.
 */
public final class ComplianceRun {

  private final RunSteps steps;
  private final ComplianceAdapter adapter;
  private final ConversationAssembler assembler;
  private final Clock clock;
  private final int serverId;
  private final Duration lease;
  private final int batchLimit;

  public ComplianceRun(RunSteps steps, ComplianceAdapter adapter, ConversationAssembler assembler,
      Clock clock, int serverId, Duration lease, int batchLimit) {
    this.steps = Objects.requireNonNull(steps, "steps");
    this.adapter = Objects.requireNonNull(adapter, "adapter");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.serverId = serverId;
    this.lease = Objects.requireNonNull(lease, "lease");
    if (batchLimit < 1) {
      throw new IllegalArgumentException("batch limit must be positive: " + batchLimit);
    }
    this.batchLimit = batchLimit;
  }

  public RunResult runOnce() throws AdapterException, LockLostException {
    LockAttempt lock = steps.acquire(serverId, clock.instant(), lease);
    if (!lock.acquired()) {
      ComplianceLogger.LOG.lockHeldElsewhere(lock.holder(), lock.expires().toString());
      return RunResult.skipped();
    }
    int events = 0;
    int conversations = 0;
    try {
      while (true) {
        Batch batch = steps.read(clock.instant(), batchLimit);
        if (batch.isEmpty()) {
          break;
        }
        Conversations translated = assembler.assemble(batch);
        try {
          adapter.translate(translated);
        } catch (AdapterException | RuntimeException e) {
          ComplianceLogger.LOG.adapterFailed(batch.size(), e);
          throw e;
        }
        if (!steps.complete(serverId, clock.instant(), batch)) {
          throw new LockLostException(serverId);
        }
        events += batch.size();
        conversations += translated.conversations().size();
        ComplianceLogger.LOG.runCompleted(serverId, batch.size(),
            translated.conversations().size(), batch.lastEventId(0));
        if (!batch.full()) {
          break;
        }
        // Renew the lease before the next batch of a long backlog.
        if (!steps.acquire(serverId, clock.instant(), lease).acquired()) {
          throw new LockLostException(serverId);
        }
      }
    } finally {
      steps.release(serverId);
    }
    return new RunResult(true, events, conversations);
  }
}
