package org.persistentchat.room.store;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.persistentchat.addin.model.AddinId;
import org.persistentchat.addin.store.AddinStore;
import org.persistentchat.addin.store.UnknownAddinException;
import org.persistentchat.message.model.LastChatId;
import org.persistentchat.permission.CategoryRules;
import org.persistentchat.permission.PermissionPolicy;
import org.persistentchat.permission.Scope;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.PrincipalRole;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;
import org.persistentchat.time.Ticks;

/** Rooms: each in exactly one category, named uniquely in the pool. */
public class RoomStore {

  private final EntityManager em;
  private final CategoryStore categories;

  public RoomStore(EntityManager em) {
    this.em = em;
    this.categories = new CategoryStore(em);
  }

  /** Creates a room and its message sequence. Checks everything before writing anything. */
  public Node create(NodeId category, String name, String description, Privacy privacy,
      RoomType type, PrincipalId actor, Ticks now) throws NoCategoryException,
      BlankNameException, NameTooLongException, DuplicateNameException {
    if (category == null) {
      throw new NoCategoryException(null);
    }
    categories.require(category);
    String checked = NodeNames.requireFree(em, "room", name, null);
    Names.optional("room description", description, Node.MAX_DESCRIPTION_LENGTH);
    Node room = Node.newRoom(category, checked, description, privacy, type, actor.value(), now);
    em.persist(room);
    em.flush();
    em.persist(new LastChatId(room.id()));
    em.flush();
    return room;
  }

  public Optional<Node> find(NodeId id) {
    Node node = em.find(Node.class, id.value());
    return node != null && !node.isCategory() ? Optional.of(node) : Optional.empty();
  }

  public Node require(NodeId id) throws UnknownRoomException {
    return find(id).orElseThrow(() -> new UnknownRoomException(id));
  }

  public Optional<Node> findByName(String name) {
    return em.createQuery("SELECT n FROM Node n WHERE n.category = FALSE AND n.name = :name",
            Node.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public List<Node> roomsIn(NodeId category) {
    return em.createQuery("SELECT n FROM Node n WHERE n.category = FALSE AND n.parentId = :c"
        + " ORDER BY n.name", Node.class).setParameter("c", category.value()).getResultList();
  }

  public void rename(NodeId id, String name, PrincipalId actor, Ticks now)
      throws UnknownRoomException, BlankNameException, NameTooLongException,
      DuplicateNameException {
    Node room = require(id);
    room.rename(NodeNames.requireFree(em, "room", name, id), actor.value(), now);
    em.flush();
  }

  /** Disabling keeps settings and content; the room disappears from search until re-enabled. */
  public void setDisabled(NodeId id, boolean disabled, PrincipalId actor, Ticks now)
      throws UnknownRoomException {
    require(id).setDisabled(disabled, actor.value(), now);
    em.flush();
  }

  /**
   * Re-associates the room with another category and purges every role the new category's scope
   * does not admit; returns the purged principals.
   */
  public Set<PrincipalId> move(NodeId id, NodeId target, PrincipalId actor, Ticks now)
      throws UnknownRoomException, NoCategoryException {
    Node room = require(id);
    categories.require(target);
    Scope scope = new Scope(categories.allowedMembers(target), categories.deniedMembers(target));
    CategoryRules rules = new CategoryRules(scope, Set.of(), false, false, true);
    PrincipalStore principals = new PrincipalStore(em);
    Map<PrincipalId, Set<PrincipalId>> holders = new HashMap<>();
    List<PrincipalRole> roles = new RoleStore(em).rolesOn(id);
    for (PrincipalRole role : roles) {
      holders.computeIfAbsent(role.principalId(), principals::affiliationsOf);
    }
    Set<PrincipalId> purged = new PermissionPolicy().purgedByMove(holders, rules);
    RoleStore roleStore = new RoleStore(em);
    for (PrincipalRole role : roles) {
      if (purged.contains(role.principalId())) {
        roleStore.revoke(id, role.principalId(), role.role());
      }
    }
    room.moveTo(target, actor.value(), now);
    em.flush();
    return purged;
  }

  /**
   * Invitations: {@code inherit} follows the category's switch, otherwise they are off. A room
   * can never turn them on against its category, so there is no "on".
   */
  public void setInvitations(NodeId id, boolean inherit, PrincipalId actor, Ticks now)
      throws UnknownRoomException {
    require(id).setInvite(inherit ? null : Boolean.FALSE, actor.value(), now);
    em.flush();
  }

  /** Shows a registered add-in in the room's extensibility pane, or none ({@code null}). */
  public void setAddin(NodeId id, AddinId addin, PrincipalId actor, Ticks now)
      throws UnknownRoomException, UnknownAddinException {
    Node room = require(id);
    if (addin != null) {
      new AddinStore(em).require(addin);
    }
    room.setAddin(addin == null ? null : addin.value(), actor.value(), now);
    em.flush();
  }

  /** Deletes the room with its roles, invitations and history (administrators only). */
  public void delete(NodeId id) throws UnknownRoomException {
    Node room = require(id);
    for (String table : List.of("PrincipalRole r WHERE r.nodeId", "Invitation r WHERE r.nodeId",
        "Chat r WHERE r.channelId", "LastChatId r WHERE r.nodeId")) {
      em.createQuery("DELETE FROM " + table + " = :n").setParameter("n", id.value())
          .executeUpdate();
    }
    em.remove(room);
    em.flush();
  }

  /** Convenience for the creator rule: the creator of a room becomes its manager. */
  public Node createAsCreator(NodeId category, String name, String description, Privacy privacy,
      RoomType type, PrincipalId creator, Ticks now) throws NoCategoryException,
      BlankNameException, NameTooLongException, DuplicateNameException,
      org.persistentchat.principal.store.UnknownPrincipalException {
    new PrincipalStore(em).require(creator);
    Node room = create(category, name, description, privacy, type, creator, now);
    new RoleStore(em).grant(room.id(), creator, RoleType.MANAGER, creator);
    return room;
  }
}
