package org.persistentchat.room.model;

/** Who may post; stored as {@code tblNode.behavior} (a Behavior row of {@code tblEnumValue}). */
public enum RoomType {
  /** Every member posts. */
  NORMAL(4),
  /** Only presenters post. */
  AUDITORIUM(5);

  private final int behavior;

  RoomType(int behavior) {
    this.behavior = behavior;
  }

  public int behavior() {
    return behavior;
  }

  public static RoomType ofBehavior(int behavior) {
    for (RoomType t : values()) {
      if (t.behavior == behavior) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tblNode.behavior " + behavior);
  }
}
