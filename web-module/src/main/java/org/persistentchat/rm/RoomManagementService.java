package org.persistentchat.rm;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.room.RoomPermissions;
import org.persistentchat.admin.room.RoomRequest;
import org.persistentchat.admin.room.RoomRole;
import org.persistentchat.admin.room.RoomService;
import org.persistentchat.admin.room.RoomView;
import org.persistentchat.permission.Actor;
import org.persistentchat.permission.CategoryRules;
import org.persistentchat.permission.PermissionPolicy;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.sip.SipUri;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;

/**
 * What Lync's room-management page let a user do, with Lync's rights checked here, on the server:
 * creators create rooms in their categories and become the rooms' managers; managers change every
 * property of their rooms and their role lists. The changes themselves are the administration
 * API's {@link RoomService}, so both judge values alike; the rights check and the change share one
 * transaction.
 */
@Stateless
public class RoomManagementService {

  private static final PermissionPolicy POLICY = new PermissionPolicy();

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  @EJB
  private RoomService rooms;

  public Me me(String login) {
    Optional<SipUri> uri = addressOf(login);
    return new Me(login, uri.map(SipUri::toString).orElse(null),
        uri.flatMap(this::activeUser).isPresent());
  }

  /** The categories where the caller is a creator (directly or through a group) and in scope. */
  public List<CreatorCategory> categories(String login) throws NotPermittedException {
    Caller caller = caller(login);
    CategoryStore categories = new CategoryStore(em);
    return new RoleStore(em).nodesWhere(caller.actor().affiliations(), RoleType.CREATOR).stream()
        .map(categories::find)
        .flatMap(Optional::stream)
        .filter(c -> POLICY.canCreateRoom(caller.actor(), RoomDirectory.categoryRules(em, c)))
        .sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
        .map(c -> new CreatorCategory(c.id().value(), PoolAddresses.categoryUri(c), c.name(),
            c.description().orElse(null), Boolean.TRUE.equals(c.invite())))
        .toList();
  }

  /** The rooms the caller manages (directly or through a group) while in their category's scope. */
  public List<RoomView> managedRooms(String login) throws NotPermittedException {
    Caller caller = caller(login);
    RoomStore store = new RoomStore(em);
    List<Node> managed = new RoleStore(em)
        .nodesWhere(caller.actor().affiliations(), RoleType.MANAGER).stream()
        .map(store::find)
        .flatMap(Optional::stream)
        .filter(room -> manages(caller.actor(), room))
        .sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
    return managed.stream().map(room -> view(room.id())).toList();
  }

  /** "Create a room": only in a category where the caller is a creator; he becomes its manager. */
  public RoomView create(String login, RoomRequest request) throws NotPermittedException,
      NoCategoryException, BlankNameException, NameTooLongException, DuplicateNameException,
      UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    Caller caller = caller(login);
    Node category = new CategoryStore(em).require(new NodeId(request.category()));
    if (!POLICY.canCreateRoom(caller.actor(), RoomDirectory.categoryRules(em, category))) {
      throw new NotPermittedException(caller.uri() + " is not a creator in category "
          + category.name());
    }
    RoomView created = rooms.create(request, caller.id());
    new RoleStore(em).grant(new NodeId(created.id()), caller.id(), RoleType.MANAGER, caller.id());
    return rooms.get(created.id());
  }

  public RoomView get(String login, int id) throws NotPermittedException, UnknownRoomException {
    Caller caller = caller(login);
    requireManager(caller, id);
    return rooms.get(id);
  }

  /**
   * "Manage this room": every property. Naming another category moves the room, which Lync
   * allows a manager only into a category where he is also a creator.
   */
  public RoomView update(String login, int id, RoomRequest request) throws NotPermittedException,
      UnknownRoomException, NoCategoryException, BlankNameException, NameTooLongException,
      DuplicateNameException, InvalidFieldException {
    Caller caller = caller(login);
    RoomPermissions rules = requireManager(caller, id);
    Node room = new RoomStore(em).require(new NodeId(id));
    if (request.category() != null && request.category() != room.parentId().value()) {
      Node target = new CategoryStore(em).require(new NodeId(request.category()));
      CategoryRules to = RoomDirectory.categoryRules(em, target);
      if (!POLICY.canMoveRoom(caller.actor(), rules.room(), rules.category(), to)) {
        throw new NotPermittedException("a manager moves a room only into a category where he is"
            + " a creator, and " + caller.uri() + " is none in " + target.name());
      }
    }
    return rooms.update(id, request, caller.id());
  }

  /**
   * Refused to everyone here: in Lync only administrators delete rooms; a manager disables his.
   * Answered rather than left unmapped, so the page and scripts get the reason.
   */
  public void refuseDelete(String login, int id)
      throws NotPermittedException, UnknownRoomException {
    Caller caller = caller(login);
    requireManager(caller, id);
    throw new NotPermittedException("only a Persistent Chat administrator deletes rooms; as its"
        + " manager, disable the room instead");
  }

  public RoomView grant(String login, int id, RoomRole role, String principalUri)
      throws NotPermittedException, UnknownRoomException, UnknownPrincipalException,
      InvalidFieldException {
    Caller caller = caller(login);
    requireManager(caller, id);
    return rooms.grant(id, role, principalUri, caller.id());
  }

  public RoomView revoke(String login, int id, RoomRole role, String principalUri)
      throws NotPermittedException, UnknownRoomException, UnknownPrincipalException {
    Caller caller = caller(login);
    requireManager(caller, id);
    return rooms.revoke(id, role, principalUri);
  }

  /** Who the manager may add: principals in the category's scope, or members to present. */
  public List<PrincipalView> eligible(String login, int id, boolean presenters, String filter,
      Integer max) throws NotPermittedException, UnknownRoomException {
    Caller caller = caller(login);
    requireManager(caller, id);
    return rooms.eligible(id, presenters, filter, max);
  }

  /**
   * The room's rules when the caller manages it. A room he may not even find (a Secret room of
   * which he is no member) is reported unknown, so that its existence does not leak.
   */
  private RoomPermissions requireManager(Caller caller, int id)
      throws NotPermittedException, UnknownRoomException {
    Node room = new RoomStore(em).require(new NodeId(id));
    RoomPermissions rules = RoomPermissions.load(em, room);
    if (POLICY.canManage(caller.actor(), rules.room(), rules.category())) {
      return rules;
    }
    if (POLICY.canFind(caller.actor(), rules.room(), rules.category())) {
      throw new NotPermittedException(caller.uri() + " is not a manager of room " + room.name());
    }
    throw new UnknownRoomException(room.id());
  }

  private boolean manages(Actor actor, Node room) {
    try {
      RoomPermissions rules = RoomPermissions.load(em, room);
      return POLICY.canManage(actor, rules.room(), rules.category());
    } catch (UnknownRoomException gone) {
      // Deleted between listing and loading: the caller no longer manages it.
      return false;
    }
  }

  private RoomView view(NodeId id) {
    try {
      return rooms.get(id.value());
    } catch (UnknownRoomException e) {
      throw new IllegalStateException("room " + id.value() + " vanished inside one transaction", e);
    }
  }

  private Caller caller(String login) throws NotPermittedException {
    SipUri uri = addressOf(login).orElseThrow(() -> new NotPermittedException(
        "the login " + login + " cannot name a SIP address; sign in with user@domain"));
    Principal principal = activeUser(uri).orElseThrow(() -> new NotPermittedException(
        "the login " + login + " stands for " + uri + ", which is not a provisioned, active user"
            + " of Persistent Chat; ask the administrator to provision it"));
    return new Caller(uri, principal.id(),
        Actor.user(new PrincipalStore(em).affiliationsOf(principal.id())));
  }

  private Optional<Principal> activeUser(SipUri uri) {
    return new PrincipalStore(em).findByUri(uri.toString())
        .filter(p -> p.isActive() && p.type().isUser());
  }

  private static Optional<SipUri> addressOf(String login) {
    return LoginAddress.of(login);
  }
}
