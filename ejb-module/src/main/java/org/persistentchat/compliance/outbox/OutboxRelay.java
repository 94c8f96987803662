package org.persistentchat.compliance.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.ComplianceNode;
import org.persistentchat.compliance.queue.ComplianceQueueSender;
import org.persistentchat.time.Ticks;

/**
 * Moves this server's compliance outbox rows to the compliance queue (docs/adr/0017). The recorder
 * wakes it after each transaction that wrote rows commits; a sweep every few seconds catches rows
 * a crash or a failed pass left behind, and adopts rows other servers of the pool left too long.
 *
 * <p>At most one pass runs at a time on a server: wake-ups during a pass make it look again when
 * it is done, so posts arriving together are sent as one batch. Servers sharing mgc each read only
 * the rows they are the relay of, so they do not send each other's events.
 *
 * <p>It stops after the recorder and the chat runtime (they depend on it), then sends what they
 * wrote while stopping, the PARTs of every session, before the queue sender and mgc steps go.
 */
@Singleton
@Startup
@DependsOn({"OutboxRelaySteps", "ComplianceQueueSender", "ComplianceNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

  /** Events per queue transaction: one Artemis commit, one mgc delete. */
  static final int BATCH = 500;

  /**
   * How long a woken pass waits before it reads: the posts committing meanwhile join its batch, so
   * that the queue commits and outbox deletes are shared by many posts rather than paid per post.
   */
  static final Duration LINGER = Duration.ofMillis(50);

  /** How often the sweep runs. */
  static final String SWEEP_SECONDS = "5";

  /**
   * How long a row may wait for its own server before another server adopts it. Far longer than a
   * pass takes, so that only rows of a server that is down, or cannot reach its queue, move.
   */
  static final Duration ADOPT_AFTER = Duration.ofMinutes(1);

  /** How long an orderly stop waits for a running pass before its own last one. */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  @EJB
  private OutboxRelaySteps steps;

  @EJB
  private ComplianceQueueSender queue;

  @EJB
  private ComplianceNode node;

  @Resource
  private ManagedExecutorService executor;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final Object idle = new Object();
  private volatile boolean stopping;
  /** After a failed pass, wake-ups wait for the next sweep instead of failing once per post. */
  private volatile boolean backedOff;
  private OutboxDrain drain;

  @PostConstruct
  void create() {
    drain = new OutboxDrain(new OutboxDrain.Outbox() {
      @Override
      public List<OutboxDrain.Pending> pending(int limit) {
        return OutboxEvents.pending(steps.pending(node.serverId(), limit));
      }

      @Override
      public void delete(List<Long> rowIds) {
        steps.delete(rowIds);
      }
    }, queue::send, BATCH);
  }

  /** Called once a transaction that wrote outbox rows has committed; returns at once. */
  public void wake() {
    if (stopping || backedOff) {
      return;
    }
    requested.set(true);
    startIfIdle();
  }

  /** Sends what crashes and failed passes left, and adopts what other servers left. */
  @Schedule(second = "*/" + SWEEP_SECONDS, minute = "*", hour = "*", persistent = false)
  void sweep() {
    if (stopping) {
      return;
    }
    try {
      int serverId = node.serverId();
      int adopted = steps.adopt(serverId, Ticks.of(Instant.now().minus(ADOPT_AFTER)));
      if (adopted > 0) {
        ComplianceLogger.LOG.outboxAdopted(serverId, adopted, ADOPT_AFTER.toString());
      }
    } catch (RuntimeException e) {
      ComplianceLogger.LOG.outboxUnreadable(e);
      return;
    }
    backedOff = false;
    requested.set(true);
    startIfIdle();
  }

  private void startIfIdle() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::passes);
    } catch (RejectedExecutionException e) {
      finished();
      ComplianceLogger.LOG.outboxRelayNotStarted(e);
    }
  }

  private void passes() {
    try {
      while (!stopping && lingered() && requested.getAndSet(false)) {
        if (drain.drain().failed()) {
          backedOff = true;
          requested.set(false);
        }
      }
    } finally {
      finished();
    }
    // A wake-up between the last look and the flag's release would otherwise wait for the sweep.
    if (requested.get() && !stopping && !backedOff) {
      startIfIdle();
    }
  }

  /** Waits {@link #LINGER}; false if interrupted, which ends the passes. */
  private static boolean lingered() {
    try {
      Thread.sleep(LINGER.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void finished() {
    synchronized (idle) {
      running.set(false);
      idle.notifyAll();
    }
  }

  /**
   * Orderly stop: no new passes; the running one may finish, then one last pass sends what the
   * chat runtime's stop recorded. What is left is reported and waits for the next start.
   */
  @PreDestroy
  void stop() {
    stopping = true;
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    synchronized (idle) {
      while (running.get()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    if (!running.get()) {
      drain.drain();
    }
    try {
      int serverId = node.serverId();
      long left = steps.waiting(serverId);
      if (left > 0) {
        ComplianceLogger.LOG.outboxLeftAtStop(left, serverId);
      }
    } catch (RuntimeException e) {
      ComplianceLogger.LOG.outboxUnreadable(e);
    }
  }
}
