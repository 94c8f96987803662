package org.persistentchat.permission;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;

/**
 * The Persistent Chat permission rules (Lync 2013 / SfB 2015), as pure functions of the actor, the
 * room and its category. No database access: callers load the affiliations, scope and role
 * holders first.
 */
public final class PermissionPolicy {

  /** Whether the actor falls in the category scope; administrators bypass scope. */
  public boolean inScope(Actor actor, CategoryRules category) {
    return actor.administrator() || category.scope().admits(actor.affiliations());
  }

  /**
   * Membership: anyone in scope for Open rooms; explicit members (directly or through a group)
   * still in scope for Closed and Secret rooms. Managers are not members unless added.
   */
  public boolean isMember(Actor actor, RoomRules room, CategoryRules category) {
    if (!inScope(actor, category)) {
      return false;
    }
    return room.privacy() == Privacy.OPEN || actor.holdsAnyOf(room.members());
  }

  /** Directory search: Open and Closed rooms for everyone in scope, Secret rooms for members. */
  public boolean canFind(Actor actor, RoomRules room, CategoryRules category) {
    if (room.disabled()) {
      return false;
    }
    if (room.privacy() == Privacy.SECRET) {
      return isMember(actor, room, category);
    }
    return inScope(actor, category);
  }

  public boolean canJoin(Actor actor, RoomRules room, CategoryRules category) {
    return !room.disabled() && isMember(actor, room, category);
  }

  /** Reading history (backchat and search) needs what joining needs. */
  public boolean canRead(Actor actor, RoomRules room, CategoryRules category) {
    return canJoin(actor, room, category);
  }

  /** Members post in Normal rooms; only presenters (who are members) post in an Auditorium. */
  public boolean canPost(Actor actor, RoomRules room, CategoryRules category) {
    if (!canJoin(actor, room, category)) {
      return false;
    }
    return room.type() == RoomType.NORMAL || actor.holdsAnyOf(room.presenters());
  }

  /** Managers in scope, and administrators, change a room's properties (disabled or not). */
  public boolean canManage(Actor actor, RoomRules room, CategoryRules category) {
    return actor.administrator()
        || (actor.holdsAnyOf(room.managers()) && inScope(actor, category));
  }

  /** Creators in scope, and administrators, create rooms in a category. */
  public boolean canCreateRoom(Actor actor, CategoryRules category) {
    return actor.administrator()
        || (actor.holdsAnyOf(category.creators()) && inScope(actor, category));
  }

  /**
   * Moving a room: administrators, or managers of the room who are creators in the target
   * category.
   */
  public boolean canMoveRoom(Actor actor, RoomRules room, CategoryRules from, CategoryRules to) {
    return actor.administrator()
        || (canManage(actor, room, from) && canCreateRoom(actor, to));
  }

  /** Only principals in the category scope may hold member, manager or presenter roles. */
  public boolean eligibleForRole(Set<PrincipalId> principalAffiliations, CategoryRules category) {
    return category.scope().admits(principalAffiliations);
  }

  /** Open rooms take no explicit members; others take principals in scope. */
  public boolean mayAddMember(Set<PrincipalId> principalAffiliations, RoomRules room,
      CategoryRules category) {
    return room.privacy() != Privacy.OPEN && eligibleForRole(principalAffiliations, category);
  }

  /** Presenters must be members too (explicit ones, or anyone in scope of an Open room). */
  public boolean mayAddPresenter(PrincipalId principal, Set<PrincipalId> principalAffiliations,
      RoomRules room, CategoryRules category) {
    if (!eligibleForRole(principalAffiliations, category)) {
      return false;
    }
    return room.privacy() == Privacy.OPEN || room.members().contains(principal)
        || principalAffiliations.stream().anyMatch(room.members()::contains);
  }

  /** A room can never turn invitations on against its category. */
  public boolean invitationsEnabled(RoomRules room, CategoryRules category) {
    return category.invitations() && !room.inviteOff();
  }

  public boolean fileUploadAllowed(CategoryRules category) {
    return category.fileUpload();
  }

  /** With ChatHistory off, messages are relayed live but not stored. */
  public boolean historyStored(CategoryRules category) {
    return category.chatHistory();
  }

  /**
   * The role holders a move to {@code target} purges: those the target's scope does not admit.
   *
   * @param holderAffiliations every role holder of the room with its affiliations
   */
  public Set<PrincipalId> purgedByMove(Map<PrincipalId, Set<PrincipalId>> holderAffiliations,
      CategoryRules target) {
    return holderAffiliations.entrySet().stream()
        .filter(e -> !target.scope().admits(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
