package org.persistentchat.room.model;

/** The four role types of {@code tblRoleType}, by {@code rtypeID}. */
public enum RoleType {
  /** Room: see, join, read, post (except in an auditorium). */
  MEMBER(1),
  /** Room: change every property except the category; not a member unless added. */
  MANAGER(2),
  /** Room: post in an auditorium ("Presenter" in the admin tools). */
  VOICED(3),
  /** Category: create rooms, becoming their manager. */
  CREATOR(4);

  private final short id;

  RoleType(int id) {
    this.id = (short) id;
  }

  public short id() {
    return id;
  }

  public static RoleType of(short id) {
    for (RoleType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tblRoleType.rtypeID " + id);
  }
}
