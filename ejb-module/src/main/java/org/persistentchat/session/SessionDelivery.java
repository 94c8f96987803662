package org.persistentchat.session;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.persistentchat.xccos.XccosWriter;
import org.persistentchat.xccos.model.ServerPayload;

/**
 * Delivers server payloads to the sessions connected to this node, each through its own bounded
 * {@link SessionOutbox}. Callers that need an order across sessions (all members of a room seeing
 * posts in chatId order) get it by queueing in that order; this class never reorders.
 */
public class SessionDelivery {

  /** Enough for a burst of backchat, replies and a busy room; a client this far behind is gone. */
  public static final int DEFAULT_QUEUE_CAPACITY = 512;

  private final SessionSender sender;
  private final XccosWriter writer;
  private final EnvelopeIds envelopeIds;
  private final int capacity;
  private final Executor lossExecutor;
  private final SessionLossListener lossListener;
  private final ConcurrentMap<SessionId, SessionOutbox> outboxes = new ConcurrentHashMap<>();

  /**
   * @param lossExecutor runs the loss listener, so that parting a dead session's rooms never
   *     happens on the sending thread or under a room lock
   */
  public SessionDelivery(SessionSender sender, XccosWriter writer, EnvelopeIds envelopeIds,
      int capacity, Executor lossExecutor, SessionLossListener lossListener) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.envelopeIds = Objects.requireNonNull(envelopeIds, "envelopeIds");
    if (capacity < 1) {
      throw new IllegalArgumentException("queue capacity must be positive");
    }
    this.capacity = capacity;
    this.lossExecutor = Objects.requireNonNull(lossExecutor, "lossExecutor");
    this.lossListener = Objects.requireNonNull(lossListener, "lossListener");
  }

  /** Opens the outbox of an XCCOS dialog session connected to this node. */
  public void attach(SessionId session) {
    attach(session, sender, payload -> Optional.of(writer.writeBytes(envelopeIds.next(), payload)));
  }

  /**
   * Opens the outbox of a session that speaks something other than XCCOS: its own encoder renders
   * each payload and its own sender carries the result.
   */
  public void attach(SessionId session, SessionSender sessionSender, PayloadEncoder encoder) {
    Objects.requireNonNull(sessionSender, "sessionSender");
    Objects.requireNonNull(encoder, "encoder");
    outboxes.computeIfAbsent(session, id -> new SessionOutbox(id, sessionSender, encoder,
        capacity, this::outboxDied));
  }

  /** Closes the outbox; queued bodies are discarded (the dialog is ending anyway). */
  public void detach(SessionId session) {
    SessionOutbox outbox = outboxes.remove(session);
    if (outbox != null) {
      outbox.discard();
    }
  }

  /** Queues the payload for one session; false if it has no live outbox here. */
  public boolean deliver(SessionId session, ServerPayload payload) {
    SessionOutbox outbox = outboxes.get(session);
    if (outbox == null) {
      SessionLogger.LOG.noOutbox(session);
      return false;
    }
    Optional<byte[]> body = outbox.encoder().encode(payload);
    return body.isEmpty() || outbox.offer(body.get());
  }

  /** Queues the payload for each session, in the order given. */
  public void deliver(Collection<SessionId> sessions, ServerPayload payload) {
    for (SessionId session : sessions) {
      deliver(session, payload);
    }
  }

  private void outboxDied(SessionId session, String reason) {
    outboxes.remove(session);
    lossExecutor.execute(() -> lossListener.sessionLost(session, reason));
  }
}
