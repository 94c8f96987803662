package org.persistentchat.invitation.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.persistentchat.invitation.model.Invitation;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.store.StoreLogger;
import org.persistentchat.time.Ticks;

/**
 * Materialised invitations ({@code tblPrincipalInvites}) as Lync keeps them: one row per user and
 * room, numbered by a per-user sequence ({@code tblLastInviteId}) so that a client signing in
 * asks only for invitations newer than the last one it saw ({@code getinv}).
 *
 * <p>Groups are expanded to the active users affiliated with them, because clients ask per
 * user; that is what makes the feature expensive, and why Microsoft caps it near a million rows.
 * A user already invited to a room keeps the original invitation and number.
 */
public class InvitationStore {

  /** Microsoft: invitation performance degrades beyond a million stored rows. */
  public static final long GUIDANCE_LIMIT = 1_000_000L;

  /** Batches at least this large re-count the table, to warn operators near the guidance. */
  static final int RECOUNT_BATCH = 1_000;

  private final EntityManager em;

  public InvitationStore(EntityManager em) {
    this.em = em;
  }

  /** Whether the room sends invitations: enabled, category switch on, room not switched off. */
  public boolean invitationsOn(NodeId room) throws UnknownRoomException {
    return offReason(new RoomStore(em).require(room)) == null;
  }

  /**
   * Invites the room's audience: its members (groups expanded), or for an Open room, which has
   * no members, everyone in its category's scope. Denied members are never invited.
   *
   * @return the invitations written now, without those that already existed
   */
  public List<Invitation> inviteMembers(NodeId room, Ticks now)
      throws UnknownRoomException, InvitationsOffException {
    Node node = requireInviting(room);
    Set<PrincipalId> audience = node.privacy() == Privacy.OPEN
        ? new CategoryStore(em).allowedMembers(node.parentId())
        : new RoleStore(em).holders(room, RoleType.MEMBER);
    return write(node, usersAmong(node, audience), now);
  }

  /**
   * Invites the given principals (users, or groups expanded to their users), e.g. members just
   * added to the room. Checks every principal before writing anything.
   */
  public List<Invitation> invite(NodeId room, Collection<PrincipalId> principals, Ticks now)
      throws UnknownRoomException, InvitationsOffException, UnknownPrincipalException {
    Node node = requireInviting(room);
    new PrincipalStore(em).requireAll(principals);
    return write(node, usersAmong(node, new LinkedHashSet<>(principals)), now);
  }

  /** The user's invitations, oldest first, without those of disabled rooms. */
  public List<Invitation> pending(PrincipalId user) {
    return pendingAfter(user, 0);
  }

  /** The user's invitations numbered above {@code lastSeen}, oldest first (sign-in catch-up). */
  public List<Invitation> pendingAfter(PrincipalId user, int lastSeen) {
    return em.createQuery("SELECT i FROM Invitation i, Node n WHERE n.nodeId = i.nodeId"
            + " AND i.principalId = :u AND i.invitationId > :seen AND n.disabled = FALSE"
            + " ORDER BY i.invitationId", Invitation.class)
        .setParameter("u", user.value())
        .setParameter("seen", lastSeen)
        .getResultList();
  }

  /** The number of the user's newest invitation; 0 if the user was never invited. */
  public int lastInvitationId(PrincipalId user) {
    List<?> found = em.createNativeQuery(
            "SELECT lastInviteID FROM tblLastInviteId WHERE prinID = ?")
        .setParameter(1, user.value())
        .getResultList();
    return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
  }

  /**
   * Clears the user's invitation to a room the user has joined; the sequence is kept so numbers
   * are never reused. Returns whether there was one.
   */
  public boolean clearOnJoin(PrincipalId user, NodeId room) {
    return em.createQuery("DELETE FROM Invitation i WHERE i.principalId = :u AND i.nodeId = :n")
        .setParameter("u", user.value())
        .setParameter("n", room.value())
        .executeUpdate() > 0;
  }

  private Node requireInviting(NodeId room) throws UnknownRoomException, InvitationsOffException {
    Node node = new RoomStore(em).require(room);
    String reason = offReason(node);
    if (reason != null) {
      throw new InvitationsOffException(room, reason);
    }
    return node;
  }

  private String offReason(Node room) {
    if (room.isDisabled()) {
      return "the room is disabled";
    }
    if (Boolean.FALSE.equals(room.invite())) {
      return "the room switched invitations off";
    }
    Node category = em.find(Node.class, room.parentId().value());
    if (category == null || !Boolean.TRUE.equals(category.invite())) {
      return "its category does not allow invitations";
    }
    return null;
  }

  /** Active users affiliated with any of the principals, less those the category denies. */
  private List<Integer> usersAmong(Node room, Set<PrincipalId> principals) {
    Set<Integer> users = new LinkedHashSet<>(usersAffiliatedWith(principals));
    users.removeAll(usersAffiliatedWith(new CategoryStore(em).deniedMembers(room.parentId())));
    return new ArrayList<>(users);
  }

  private List<Integer> usersAffiliatedWith(Set<PrincipalId> principals) {
    if (principals.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT DISTINCT a.principalId FROM PrincipalAffiliation a, Principal p"
            + " WHERE p.prinId = a.principalId AND a.affiliationId IN :ps"
            + " AND p.typeId = :user AND p.disabled = :active ORDER BY a.principalId",
            Integer.class)
        .setParameter("ps", principals.stream().map(PrincipalId::value).toList())
        .setParameter("user", PrincipalType.USER.id())
        .setParameter("active", Principal.ACTIVE)
        .getResultList();
  }

  private List<Invitation> write(Node room, List<Integer> users, Ticks now) {
    Set<Integer> already = new LinkedHashSet<>(em.createQuery("SELECT i.principalId FROM"
            + " Invitation i WHERE i.nodeId = :n", Integer.class)
        .setParameter("n", room.id().value())
        .getResultList());
    List<Invitation> written = new ArrayList<>();
    for (int user : users) {
      if (already.contains(user)) {
        continue;
      }
      PrincipalId invitee = new PrincipalId(user);
      Invitation invitation = new Invitation(invitee, room.id(), nextNumber(invitee), now);
      em.persist(invitation);
      written.add(invitation);
    }
    em.flush();
    if (written.size() >= RECOUNT_BATCH) {
      long stored = em.createQuery("SELECT COUNT(i) FROM Invitation i", Long.class)
          .getSingleResult();
      if (stored > GUIDANCE_LIMIT) {
        StoreLogger.LOG.invitationsBeyondGuidance(stored, GUIDANCE_LIMIT);
      }
    }
    return written;
  }

  /**
   * Bumps the user's sequence in place, which row-locks it until commit (as ChatStore does for
   * rooms), so concurrent inviters queue instead of handing out one number twice. The first
   * invitation creates the row; two first invitations racing fail one transaction on the key.
   */
  private int nextNumber(PrincipalId user) {
    int bumped = em.createNativeQuery(
            "UPDATE tblLastInviteId SET lastInviteID = lastInviteID + 1 WHERE prinID = ?")
        .setParameter(1, user.value())
        .executeUpdate();
    if (bumped == 0) {
      em.createNativeQuery("INSERT INTO tblLastInviteId (prinID, lastInviteID) VALUES (?, 1)")
          .setParameter(1, user.value())
          .executeUpdate();
      return 1;
    }
    return lastInvitationId(user);
  }
}
