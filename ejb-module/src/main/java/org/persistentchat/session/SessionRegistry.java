package org.persistentchat.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that knows who is connected where and joined to which rooms. Everything in and
 * out is a value (ids, URIs as text, snapshots), so a clustered implementation can replace the
 * in-memory one without touching its callers. Implementations are thread-safe.
 */
public interface SessionRegistry {

  /**
   * Registers a new session.
   *
   * @return false if a session with this id already exists (nothing changes then)
   */
  boolean open(SessionId id, String userUri, int principalId, Instant now);

  /** Removes the session and returns it as it was, so the caller can part its rooms. */
  Optional<Session> close(SessionId id);

  Optional<Session> find(SessionId id);

  /** Records activity on the session; unknown ids are ignored. */
  void touch(SessionId id, Instant now);

  /**
   * Joins the session to the room.
   *
   * @return how the room's presence changed; {@link Change#UNCHANGED} when already joined or the
   *     session is gone
   */
  Change join(SessionId id, RoomKey room);

  /** Parts the session from the room; see {@link #join} for the result. */
  Change part(SessionId id, RoomKey room);

  /** Every session joined to the room, in the order they joined. */
  List<Session> sessionsIn(RoomKey room);

  /** The distinct users (SIP URIs as text) present in the room. */
  Set<String> usersIn(RoomKey room);

  /** Every open session, for an orderly stop. */
  List<SessionId> all();

  /** Sessions whose last activity is before {@code cutoff}. */
  List<SessionId> idleSince(Instant cutoff);

  /** Whether join/part notices of the room are currently suppressed (roster too large). */
  boolean rosterSuppressed(RoomKey room);

  void setRosterSuppressed(RoomKey room, boolean suppressed);

  /** How many sessions are open and how many room joins they hold, for the dashboard. */
  Occupancy occupancy();

  /**
   * A count of live state at one moment.
   *
   * @param sessions open sessions (SIP dialogs)
   * @param joined session-room pairs: a session in three rooms counts three
   */
  record Occupancy(int sessions, int joined) {}

  /** What a join or part did to the room's set of users. */
  enum Change {
    /** Nothing: already joined / not joined, or no such session. */
    UNCHANGED,
    /** The session joined or left, but the user has another session in the room. */
    SESSION_ONLY,
    /** The user entered the room (first session) or left it (last session). */
    USER_PRESENCE;

    public boolean changed() {
      return this != UNCHANGED;
    }
  }
}
