package org.persistentchat.principal.model;

/** The principal kinds of {@code tblPrincipalType}, by {@code ptypeID}. */
public enum PrincipalType {
  ANY(1),
  ANY_USER(2),
  ANY_GROUP(3),
  SYSTEM_USER(4),
  USER(5),
  /** A domain. */
  DC(8),
  /** A security or distribution group. */
  GROUP(9),
  /** An organisational unit or container. */
  FOLDER(10);

  private final short id;

  PrincipalType(int id) {
    this.id = (short) id;
  }

  public short id() {
    return id;
  }

  public boolean isUser() {
    return this == USER || this == SYSTEM_USER;
  }

  public static PrincipalType of(short id) {
    for (PrincipalType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tblPrincipalType.ptypeID " + id);
  }
}
