package org.persistentchat.admin.room;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.model.AddinId;
import org.persistentchat.addin.store.AddinStore;
import org.persistentchat.addin.store.UnknownAddinException;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.admin.principal.Eligibility;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.principal.PrincipalView;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.problem.ProblemKind;
import org.persistentchat.permission.PermissionPolicy;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.AliasTakenException;
import org.persistentchat.room.RoomAlias;
import org.persistentchat.room.RoomAliases;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.NoCategoryException;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.room.store.UnknownRoomException;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.time.Ticks;

/** Room administration, one transaction per call; store rules surface as typed exceptions. */
@Stateless
public class RoomService {

  private static final PermissionPolicy POLICY = new PermissionPolicy();

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  /** Get-CsPersistentChatRoom: every filter given must match. */
  public List<RoomView> list(RoomQuery query) throws InvalidFieldException {
    CategoryStore categories = new CategoryStore(em);
    RoomStore rooms = new RoomStore(em);
    RoleStore roles = new RoleStore(em);
    NameFilter names = NameFilter.of(query.name);
    boolean descriptions = Boolean.TRUE.equals(query.searchDescription);
    Optional<UUID> addin = query.addin == null ? Optional.empty()
        : Optional.of(addinNamed("addin", query.addin).id());
    PrincipalId manager = holder("manager", query.manager);
    PrincipalId member = holder("member", query.member);
    Stream<Node> candidates = query.category != null
        ? rooms.roomsIn(new NodeId(query.category)).stream()
        : categories.list().stream().flatMap(c -> rooms.roomsIn(c.id()).stream());
    return candidates
        .filter(room -> names.matches(room.name())
            || descriptions && room.description().map(names::matches).orElse(false))
        .filter(room -> query.disabled == null || room.isDisabled() == query.disabled)
        .filter(room -> query.privacy == null
            || room.privacy() == RoomWords.privacy(query.privacy))
        .filter(room -> query.type == null || room.type() == RoomWords.type(query.type))
        .filter(room -> query.invitations == null
            || RoomWords.invitations(room.invite()).equalsIgnoreCase(query.invitations.strip()))
        .filter(room -> addin.isEmpty() || room.addinId().equals(addin))
        .filter(room -> manager == null
            || roles.holders(room.id(), RoleType.MANAGER).contains(manager))
        .filter(room -> member == null
            || roles.holders(room.id(), RoleType.MEMBER).contains(member))
        .sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
        .limit(query.resultSize == null ? Long.MAX_VALUE : query.resultSize)
        .map(this::view)
        .toList();
  }

  public RoomView get(int id) throws UnknownRoomException {
    return view(new RoomStore(em).require(new NodeId(id)));
  }

  public RoomView create(RoomRequest request) throws NoCategoryException, BlankNameException,
      NameTooLongException, DuplicateNameException, UnknownRoomException,
      InvalidFieldException {
    return create(request, AdminClock.ACTOR);
  }

  /** The same, recorded as {@code actor}'s doing (a room creator's, on the room-management page). */
  public RoomView create(RoomRequest request, PrincipalId actor) throws NoCategoryException,
      BlankNameException, NameTooLongException, DuplicateNameException, UnknownRoomException,
      InvalidFieldException {
    RoomStore rooms = new RoomStore(em);
    Ticks now = AdminClock.now();
    Privacy privacy = request.privacy() == null ? Privacy.CLOSED
        : RoomWords.privacy(request.privacy());
    RoomType type = request.type() == null ? RoomType.NORMAL : RoomWords.type(request.type());
    Node room = rooms.create(new NodeId(request.category()), request.name(),
        request.description(), privacy, type, actor, now);
    if (request.invitations() != null) {
      rooms.setInvitations(room.id(), RoomWords.inheritsInvitations(request.invitations()),
          actor, now);
    }
    if (Boolean.TRUE.equals(request.disabled())) {
      rooms.setDisabled(room.id(), true, actor, now);
    }
    setAlias(room, request.alias());
    setAddin(rooms, room, request.addin(), actor, now);
    return view(room);
  }

  /** Set-CsPersistentChatRoom: what the request leaves out stays as it is. */
  public RoomView update(int id, RoomRequest request) throws UnknownRoomException,
      NoCategoryException, BlankNameException, NameTooLongException, DuplicateNameException,
      InvalidFieldException {
    return update(id, request, AdminClock.ACTOR);
  }

  /** The same, recorded as {@code actor}'s doing (a room manager's). */
  public RoomView update(int id, RoomRequest request, PrincipalId actor)
      throws UnknownRoomException, NoCategoryException, BlankNameException,
      NameTooLongException, DuplicateNameException, InvalidFieldException {
    RoomStore rooms = new RoomStore(em);
    NodeId roomId = new NodeId(id);
    Ticks now = AdminClock.now();
    Node room = rooms.require(roomId);
    rooms.rename(roomId, request.name(), actor, now);
    if (request.description() != null) {
      room.describe(request.description(), actor.value(), now);
    }
    if (request.privacy() != null) {
      room.setPrivacy(RoomWords.privacy(request.privacy()), actor.value(), now);
    }
    if (request.type() != null) {
      room.setType(RoomWords.type(request.type()), actor.value(), now);
    }
    if (request.invitations() != null) {
      rooms.setInvitations(roomId, RoomWords.inheritsInvitations(request.invitations()),
          actor, now);
    }
    if (request.disabled() != null) {
      rooms.setDisabled(roomId, request.disabled(), actor, now);
    }
    setAddin(rooms, room, request.addin(), actor, now);
    if (request.category() != null && request.category() != room.parentId().value()) {
      // Moving purges roles the new category's scope does not admit, as Lync does.
      rooms.move(roomId, new NodeId(request.category()), actor, now);
    }
    setAlias(room, request.alias());
    return view(room);
  }

  public void delete(int id) throws UnknownRoomException {
    new RoomStore(em).delete(new NodeId(id));
  }

  /**
   * Grants a room role under the rules of Lync's section on roles: only principals in the
   * category's scope hold roles, an Open room takes no explicit members, and a presenter must be
   * a member. The administrator bypasses none of these for others.
   */
  public RoomView grant(int id, RoomRole role, String principalUri)
      throws UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    return grant(id, role, principalUri, AdminClock.ACTOR);
  }

  /** The same, recorded as {@code actor}'s doing (a room manager's). */
  public RoomView grant(int id, RoomRole role, String principalUri, PrincipalId actor)
      throws UnknownRoomException, UnknownPrincipalException, InvalidFieldException {
    Node room = new RoomStore(em).require(new NodeId(id));
    PrincipalId principal = new PrincipalLookup(new PrincipalStore(em)).idOf(principalUri);
    RoomPermissions rules = RoomPermissions.load(em, room);
    Set<PrincipalId> affiliations = new PrincipalStore(em).affiliationsOf(principal);
    if (!POLICY.eligibleForRole(affiliations, rules.category())) {
      throw new InvalidFieldException("principal", "inScope", principalUri
          + " is not in the category's scope (on AllowedMembers and not on DeniedMembers)");
    }
    if (role == RoomRole.MEMBERS && !POLICY.mayAddMember(affiliations, rules.room(),
        rules.category())) {
      throw new InvalidFieldException(ProblemKind.CONFLICT, "principal", "openRoom",
          "an Open room takes no explicit members: everyone in the category's scope is one");
    }
    if (role == RoomRole.PRESENTERS && !POLICY.mayAddPresenter(principal, affiliations,
        rules.room(), rules.category())) {
      throw new InvalidFieldException(ProblemKind.CONFLICT, "principal", "member",
          principalUri + " must be a member of the room before becoming a presenter");
    }
    new RoleStore(em).grant(room.id(), principal, role.type(), actor);
    return view(room);
  }

  /**
   * Get-CsPersistentChatEligiblePrincipal -Room: principals that may hold the room's roles
   * (those in the category's scope), or with {@code presenters} those that may present.
   */
  public List<PrincipalView> eligible(int id, boolean presenters, String filter, Integer max)
      throws UnknownRoomException {
    Node room = new RoomStore(em).require(new NodeId(id));
    RoomPermissions rules = RoomPermissions.load(em, room);
    return Eligibility.of(em, filter, max, (principal, affiliations) -> presenters
        ? POLICY.mayAddPresenter(principal, affiliations, rules.room(), rules.category())
        : POLICY.eligibleForRole(affiliations, rules.category()));
  }

  public RoomView revoke(int id, RoomRole role, String principalUri)
      throws UnknownRoomException, UnknownPrincipalException {
    Node room = new RoomStore(em).require(new NodeId(id));
    PrincipalId principal = new PrincipalLookup(new PrincipalStore(em)).idOf(principalUri);
    new RoleStore(em).revoke(room.id(), principal, role.type());
    return view(room);
  }

  private void setAlias(Node room, String alias) throws DuplicateNameException {
    if (alias == null) {
      return;
    }
    RoomAlias chosen = RoomAlias.parse(alias);
    try {
      em.flush();
      new RoomAliases(em).set(room.id().value(), chosen);
    } catch (AliasTakenException taken) {
      throw new DuplicateNameException("room alias", chosen.value());
    }
  }

  /** Null keeps the add-in; an empty name removes it. */
  private void setAddin(RoomStore rooms, Node room, String name, PrincipalId actor, Ticks now)
      throws InvalidFieldException, UnknownRoomException {
    if (name == null) {
      return;
    }
    try {
      rooms.setAddin(room.id(), name.isBlank() ? null : addinNamed("addin", name).addinId(),
          actor, now);
    } catch (UnknownAddinException e) {
      throw new InvalidFieldException("addin", "known", "no add-in named " + name);
    }
  }

  private Addin addinNamed(String field, String name) throws InvalidFieldException {
    return new AddinStore(em).findByName(name.strip()).orElseThrow(() ->
        new InvalidFieldException(field, "known", "no add-in named " + name));
  }

  /** The principal a filter names, or null for no filter. */
  private PrincipalId holder(String field, String address) throws InvalidFieldException {
    if (address == null || address.isBlank()) {
      return null;
    }
    String uri = PrincipalLookup.uriOfPathSegment(address.strip());
    try {
      return new PrincipalLookup(new PrincipalStore(em)).idOf(uri);
    } catch (UnknownPrincipalException e) {
      throw new InvalidFieldException(field, "known", "no provisioned principal " + uri);
    }
  }

  private RoomView view(Node room) {
    RoleStore roles = new RoleStore(em);
    PrincipalLookup lookup = new PrincipalLookup(new PrincipalStore(em));
    em.flush();
    RoomAlias alias = new RoomAliases(em).aliasOf(room.id().value());
    return new RoomView(room.id().value(), PoolAddresses.roomUri(room), alias.value(),
        PoolAddresses.roomSipUri(alias), room.name(),
        room.description().orElse(null), room.parentId().value(),
        RoomWords.of(room.privacy()), RoomWords.of(room.type()),
        RoomWords.invitations(room.invite()), room.isDisabled(),
        room.addinId().flatMap(a -> new AddinStore(em).find(new AddinId(a))).map(Addin::name)
            .orElse(null),
        lookup.urisOf(roles.holders(room.id(), RoleType.MEMBER)),
        lookup.urisOf(roles.holders(room.id(), RoleType.MANAGER)),
        lookup.urisOf(roles.holders(room.id(), RoleType.VOICED)));
  }
}
