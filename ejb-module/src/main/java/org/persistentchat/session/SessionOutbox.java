package org.persistentchat.session;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * The bounded queue of one session. One body is in flight at a time, which keeps the session's
 * bodies in queue order; a client that does not keep up fills its own queue and is dropped,
 * instead of slowing the room down. Senders that complete at once are drained in a loop rather
 * than by recursion, so a long queue cannot overflow the stack.
 */
final class SessionOutbox {

  private final SessionId id;
  private final SessionSender sender;
  private final PayloadEncoder encoder;
  private final int capacity;
  private final BiConsumer<SessionId, String> onDeath;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private boolean sending;
  private boolean dead;

  SessionOutbox(SessionId id, SessionSender sender, PayloadEncoder encoder, int capacity,
      BiConsumer<SessionId, String> onDeath) {
    this.id = Objects.requireNonNull(id, "id");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.capacity = capacity;
    this.onDeath = Objects.requireNonNull(onDeath, "onDeath");
  }

  PayloadEncoder encoder() {
    return encoder;
  }

  /** Queues a body; false when the session is dead or just overflowed (and is now dead). */
  boolean offer(byte[] body) {
    boolean overflowed;
    synchronized (this) {
      if (dead) {
        return false;
      }
      overflowed = queue.size() >= capacity;
      if (overflowed) {
        die();
      } else {
        queue.add(body);
        if (sending) {
          return true;
        }
        sending = true;
      }
    }
    if (overflowed) {
      // Reported outside the lock: the listener parts rooms and takes other locks.
      onDeath.accept(id, "outbound queue full (" + capacity + " bodies)");
      return false;
    }
    pump();
    return true;
  }

  /** Stops delivery without reporting a loss (the session was closed on purpose). */
  void discard() {
    synchronized (this) {
      die();
    }
  }

  synchronized int pending() {
    return queue.size();
  }

  private void pump() {
    while (true) {
      byte[] next;
      synchronized (this) {
        next = dead ? null : queue.poll();
        if (next == null) {
          sending = false;
          return;
        }
      }
      CompletableFuture<Void> sent;
      try {
        sent = sender.send(id, next).toCompletableFuture();
      } catch (RuntimeException e) {
        failed(e);
        return;
      }
      if (!sent.isDone()) {
        sent.whenComplete((ignored, error) -> {
          if (error != null) {
            failed(error);
          } else {
            pump();
          }
        });
        return;
      }
      if (sent.isCompletedExceptionally()) {
        failed(causeOf(sent));
        return;
      }
    }
  }

  private void failed(Throwable error) {
    synchronized (this) {
      if (dead) {
        return;
      }
      die();
    }
    Throwable cause = error instanceof CompletionException && error.getCause() != null
        ? error.getCause() : error;
    onDeath.accept(id, "send failed: " + cause);
  }

  private void die() {
    dead = true;
    sending = false;
    queue.clear();
  }

  private static Throwable causeOf(CompletableFuture<Void> failed) {
    try {
      failed.get();
      throw new IllegalStateException("future was expected to have failed");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    } catch (java.util.concurrent.CancellationException e) {
      return e;
    }
  }
}
