package org.persistentchat.session;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.persistentchat.xccos.model.EnvelopeId;

/**
 * Envelope ids for server INFOs. Microsoft servers send large 64-bit values; a random start per
 * node keeps ids of different nodes (and restarts) from colliding in a client's log.
 */
public final class EnvelopeIds {

  private final AtomicLong next;

  public EnvelopeIds() {
    this(new SecureRandom().nextLong() & Long.MAX_VALUE);
  }

  public EnvelopeIds(long start) {
    this.next = new AtomicLong(start);
  }

  public EnvelopeId next() {
    return EnvelopeId.of(next.getAndIncrement());
  }
}
