package org.persistentchat.room;

/**
 * Lync's ParticipantUpdateLimit: join/part notices flow while a room has at most {@code limit}
 * participants, stop above it, and resume only once the count falls below 80 % of the limit. The
 * gap keeps a room hovering around the limit from flapping between the two states.
 */
public final class RosterGate {

  /** Lync's default ParticipantUpdateLimit. */
  public static final int DEFAULT_LIMIT = 75;

  private final int limit;

  public RosterGate(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("participant update limit must be positive");
    }
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }

  /**
   * Whether notices are suppressed once the room has {@code participants} users.
   *
   * @param suppressedBefore the state before this change
   */
  public boolean suppressed(boolean suppressedBefore, int participants) {
    if (participants > limit) {
      return true;
    }
    // participants < 0.8 * limit, in integers
    boolean belowResumeMark = participants * 5 < limit * 4;
    return suppressedBefore && !belowResumeMark;
  }
}
