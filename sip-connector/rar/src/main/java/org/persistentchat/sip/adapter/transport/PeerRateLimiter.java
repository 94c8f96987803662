package org.persistentchat.sip.adapter.transport;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits new requests per remote address with a token bucket per address: a burst of one
 * second's worth, refilled continuously. Buckets that sat full for a while are dropped by {@link
 * #prune}, so the map only holds recently active peers.
 */
final class PeerRateLimiter {

  private static final long IDLE_NANOS = 60_000_000_000L;

  private final int perSecond;
  private final Map<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

  PeerRateLimiter(int perSecond) {
    this.perSecond = perSecond;
  }

  /** Takes one token for the address; false when it has none left. */
  boolean tryAcquire(InetAddress peer) {
    return buckets.computeIfAbsent(peer, p -> new Bucket(perSecond)).take(perSecond, System.nanoTime());
  }

  void prune() {
    long now = System.nanoTime();
    buckets.values().removeIf(b -> b.idleSince(now) > IDLE_NANOS);
  }

  int trackedPeers() {
    return buckets.size();
  }

  private static final class Bucket {
    private double tokens;
    private long last = System.nanoTime();

    Bucket(int capacity) {
      this.tokens = capacity;
    }

    synchronized boolean take(int perSecond, long now) {
      tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1e9);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized long idleSince(long now) {
      return now - last;
    }
  }
}
