package org.persistentchat.room.model;

/**
 * Who finds and enters a room; stored as {@code tblNode.visibility}, whose values are the
 * {@code tblEnumValue} rows of the Visibility attribute. The Secret/Closed/Open to
 * private/scope/open mapping follows the SDK's "visible only to members" flag.
 */
public enum Privacy {
  /** Found by and open to members only. */
  SECRET(2),
  /** Found by anyone in the category scope; entered by members only. Lync's default. */
  CLOSED(3),
  /** Found by and open to anyone in the category scope. */
  OPEN(6);

  private final int visibility;

  Privacy(int visibility) {
    this.visibility = visibility;
  }

  public int visibility() {
    return visibility;
  }

  public static Privacy ofVisibility(int visibility) {
    for (Privacy p : values()) {
      if (p.visibility == visibility) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown tblNode.visibility " + visibility);
  }
}
