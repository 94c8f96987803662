package org.persistentchat.admin.room;

import java.util.Optional;
import org.persistentchat.room.model.RoleType;

/** The room roles as they appear in paths; "presenters" are the DB's Voiced role. */
public enum RoomRole {
  MEMBERS("members", RoleType.MEMBER),
  MANAGERS("managers", RoleType.MANAGER),
  PRESENTERS("presenters", RoleType.VOICED);

  private final String segment;
  private final RoleType type;

  RoomRole(String segment, RoleType type) {
    this.segment = segment;
    this.type = type;
  }

  RoleType type() {
    return type;
  }

  public static Optional<RoomRole> ofSegment(String segment) {
    for (RoomRole role : values()) {
      if (role.segment.equals(segment)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
