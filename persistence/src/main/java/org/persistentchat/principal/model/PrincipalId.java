package org.persistentchat.principal.model;

/** Identifies a cached directory principal ({@code tblPrincipal.prinID}). */
public record PrincipalId(int value) {

  /** The server itself: the actor of changes made by the system. */
  public static final PrincipalId SYSTEM = new PrincipalId(1);

  public PrincipalId {
    if (value <= 0) {
      throw new IllegalArgumentException("principal ids are positive: " + value);
    }
  }
}
