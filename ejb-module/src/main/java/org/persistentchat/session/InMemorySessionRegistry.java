package org.persistentchat.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of a single node. One lock guards the session table and the room index together:
 * a join must update both atomically, and the operations are short map updates, so a finer
 * scheme would buy nothing measurable.
 */
public class InMemorySessionRegistry implements SessionRegistry {

  private final Object lock = new Object();
  private final Map<SessionId, Entry> sessions = new HashMap<>();
  // Insertion-ordered so that deliveries and rosters follow join order.
  private final Map<RoomKey, LinkedHashSet<SessionId>> rooms = new HashMap<>();
  private final Set<RoomKey> suppressed = new HashSet<>();

  @Override
  public boolean open(SessionId id, String userUri, int principalId, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userUri, "userUri");
    Objects.requireNonNull(now, "now");
    synchronized (lock) {
      if (sessions.containsKey(id)) {
        return false;
      }
      sessions.put(id, new Entry(userUri, principalId, now));
      return true;
    }
  }

  @Override
  public Optional<Session> close(SessionId id) {
    synchronized (lock) {
      Entry entry = sessions.remove(id);
      if (entry == null) {
        return Optional.empty();
      }
      Session snapshot = entry.snapshot(id);
      for (RoomKey room : entry.rooms) {
        removeFromRoom(id, room);
      }
      return Optional.of(snapshot);
    }
  }

  @Override
  public Optional<Session> find(SessionId id) {
    synchronized (lock) {
      Entry entry = sessions.get(id);
      return entry == null ? Optional.empty() : Optional.of(entry.snapshot(id));
    }
  }

  @Override
  public void touch(SessionId id, Instant now) {
    synchronized (lock) {
      Entry entry = sessions.get(id);
      if (entry != null && now.isAfter(entry.lastActivity)) {
        entry.lastActivity = now;
      }
    }
  }

  @Override
  public Change join(SessionId id, RoomKey room) {
    synchronized (lock) {
      Entry entry = sessions.get(id);
      if (entry == null || !entry.rooms.add(room)) {
        return Change.UNCHANGED;
      }
      boolean userWasPresent = userPresent(room, entry.userUri);
      rooms.computeIfAbsent(room, key -> new LinkedHashSet<>()).add(id);
      return userWasPresent ? Change.SESSION_ONLY : Change.USER_PRESENCE;
    }
  }

  @Override
  public Change part(SessionId id, RoomKey room) {
    synchronized (lock) {
      Entry entry = sessions.get(id);
      if (entry == null || !entry.rooms.remove(room)) {
        return Change.UNCHANGED;
      }
      removeFromRoom(id, room);
      return userPresent(room, entry.userUri) ? Change.SESSION_ONLY : Change.USER_PRESENCE;
    }
  }

  @Override
  public List<Session> sessionsIn(RoomKey room) {
    synchronized (lock) {
      List<Session> result = new ArrayList<>();
      for (SessionId id : rooms.getOrDefault(room, new LinkedHashSet<>())) {
        result.add(sessions.get(id).snapshot(id));
      }
      return result;
    }
  }

  @Override
  public Set<String> usersIn(RoomKey room) {
    synchronized (lock) {
      Set<String> users = new LinkedHashSet<>();
      for (SessionId id : rooms.getOrDefault(room, new LinkedHashSet<>())) {
        users.add(sessions.get(id).userUri);
      }
      return users;
    }
  }

  @Override
  public List<SessionId> all() {
    synchronized (lock) {
      return List.copyOf(sessions.keySet());
    }
  }

  @Override
  public List<SessionId> idleSince(Instant cutoff) {
    synchronized (lock) {
      List<SessionId> idle = new ArrayList<>();
      sessions.forEach(
          (id, entry) -> {
            if (entry.lastActivity.isBefore(cutoff)) {
              idle.add(id);
            }
          });
      return idle;
    }
  }

  @Override
  public Occupancy occupancy() {
    synchronized (lock) {
      int joined = rooms.values().stream().mapToInt(Set::size).sum();
      return new Occupancy(sessions.size(), joined);
    }
  }

  @Override
  public boolean rosterSuppressed(RoomKey room) {
    synchronized (lock) {
      return suppressed.contains(room);
    }
  }

  @Override
  public void setRosterSuppressed(RoomKey room, boolean value) {
    synchronized (lock) {
      if (value) {
        suppressed.add(room);
      } else {
        suppressed.remove(room);
      }
    }
  }

  private void removeFromRoom(SessionId id, RoomKey room) {
    Set<SessionId> members = rooms.get(room);
    if (members != null) {
      members.remove(id);
      if (members.isEmpty()) {
        // An empty room leaves no trace, so the map does not grow with every room ever used.
        rooms.remove(room);
        suppressed.remove(room);
      }
    }
  }

  private boolean userPresent(RoomKey room, String userUri) {
    for (SessionId other : rooms.getOrDefault(room, new LinkedHashSet<>())) {
      if (sessions.get(other).userUri.equals(userUri)) {
        return true;
      }
    }
    return false;
  }

  /** Mutable state of one session; never leaves this class. */
  private static final class Entry {
    final String userUri;
    final int principalId;
    final Set<RoomKey> rooms = new LinkedHashSet<>();
    Instant lastActivity;

    Entry(String userUri, int principalId, Instant lastActivity) {
      this.userUri = userUri;
      this.principalId = principalId;
      this.lastActivity = lastActivity;
    }

    Session snapshot(SessionId id) {
      return new Session(id, userUri, principalId, rooms, lastActivity);
    }
  }
}
