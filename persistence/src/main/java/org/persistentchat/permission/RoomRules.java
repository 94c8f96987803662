package org.persistentchat.permission;

import java.util.Set;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;

/**
 * A room's access settings and role holders (principals, possibly groups).
 *
 * @param inviteOff true when the room switched invitations off; false inherits the category
 */
public record RoomRules(Privacy privacy, RoomType type, boolean disabled, boolean inviteOff,
    Set<PrincipalId> members, Set<PrincipalId> managers, Set<PrincipalId> presenters) {

  public RoomRules {
    members = Set.copyOf(members);
    managers = Set.copyOf(managers);
    presenters = Set.copyOf(presenters);
  }
}
