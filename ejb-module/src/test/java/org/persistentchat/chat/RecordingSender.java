package org.persistentchat.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionSender;

/** Records every body per session; can be told to fail or to hold a session's sends. */
final class RecordingSender implements SessionSender {

  private final Map<SessionId, List<Received>> bodies = new ConcurrentHashMap<>();
  private final Set<SessionId> failing = new HashSet<>();
  private final Set<SessionId> stalled = new HashSet<>();

  @Override
  public synchronized CompletionStage<Void> send(SessionId session, byte[] xccosBody) {
    if (failing.contains(session)) {
      return CompletableFuture.failedFuture(new IllegalStateException("481 Call Leg Does Not Exist"));
    }
    bodies.computeIfAbsent(session, s -> new ArrayList<>())
        .add(new Received(new String(xccosBody, StandardCharsets.UTF_8)));
    return stalled.contains(session) ? new CompletableFuture<>()
        : CompletableFuture.completedFuture(null);
  }

  synchronized void failFor(SessionId session) {
    failing.add(session);
  }

  synchronized void stall(SessionId session) {
    stalled.add(session);
  }

  synchronized List<Received> of(SessionId session) {
    return List.copyOf(bodies.getOrDefault(session, List.of()));
  }

  synchronized void clear() {
    bodies.clear();
  }
}
