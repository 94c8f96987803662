package org.persistentchat.room;

import org.persistentchat.permission.PermissionPolicy;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.xccos.model.ParticipantRole;

/**
 * The permission checks of the chat commands, on top of the pure {@link PermissionPolicy}. Each
 * check throws the refusal the user should see, in a fixed order: existence first (so a Secret
 * room stays invisible), then the disabled state, then permission.
 */
public class RoomAccess {

  private final PermissionPolicy policy = new PermissionPolicy();

  public boolean canFind(ChatUser user, RoomView view) {
    return policy.canFind(user.actor(), view.rules(), view.categoryRules());
  }

  public void requireJoin(ChatUser user, RoomView view) throws RefusedException {
    requireVisible(user, view);
    if (!policy.canJoin(user.actor(), view.rules(), view.categoryRules())) {
      throw new AccessDeniedException(user.uri() + " is not a member of " + view.uri());
    }
  }

  /** Reading backchat needs what joining needs. */
  public void requireRead(ChatUser user, RoomView view) throws RefusedException {
    requireVisible(user, view);
    if (!policy.canRead(user.actor(), view.rules(), view.categoryRules())) {
      throw new AccessDeniedException(user.uri() + " may not read " + view.uri());
    }
  }

  /** Posting: members in a Normal room, presenters in an Auditorium. */
  public void requirePost(ChatUser user, RoomView view) throws RefusedException {
    requireJoin(user, view);
    if (!policy.canPost(user.actor(), view.rules(), view.categoryRules())) {
      throw new AccessDeniedException(user.uri() + " is not a presenter of " + view.uri());
    }
  }

  /** Whether the room's messages are stored (the category's ChatHistory switch). */
  public boolean historyStored(RoomView view) {
    return policy.historyStored(view.categoryRules());
  }

  public boolean invitationsEnabled(RoomView view) {
    return policy.invitationsEnabled(view.rules(), view.categoryRules());
  }

  /**
   * Whether the room is one of the user's own rooms ({@code getassociations}): the user holds its
   * member or manager role, directly or through a group, is still in its category's scope, and
   * the room is not disabled. Open rooms admit everyone in scope, so only an explicit member role
   * counts there; a manager who is not a member still counts, Secret rooms included, since
   * managing a room already tells them it exists.
   */
  public boolean isAssociated(ChatUser user, RoomView view) {
    if (view.rules().disabled() || !policy.inScope(user.actor(), view.categoryRules())) {
      return false;
    }
    return user.actor().affiliations().stream().anyMatch(
        id -> view.rules().members().contains(id) || view.rules().managers().contains(id));
  }

  /** Managers show as operators in SIPE; everyone else as an ordinary participant. */
  public ParticipantRole roleOf(ChatUser user, RoomView view) {
    return user.actor().affiliations().stream().anyMatch(view.rules().managers()::contains)
        ? ParticipantRole.MANAGER : ParticipantRole.PARTICIPANT;
  }

  private void requireVisible(ChatUser user, RoomView view) throws RefusedException {
    boolean secretToUser = view.rules().privacy() == Privacy.SECRET
        && !policy.isMember(user.actor(), view.rules(), view.categoryRules());
    if (secretToUser) {
      throw new NoSuchRoomException(view.uri().toString());
    }
    if (view.rules().disabled()) {
      throw new RoomDisabledException(view.uri().toString());
    }
  }
}
