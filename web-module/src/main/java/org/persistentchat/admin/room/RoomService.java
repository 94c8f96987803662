package org.persistentchat.admin.room;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Stream;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
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
import org.persistentchat.sipmessage.AliasTakenException;
import org.persistentchat.sipmessage.RoomAlias;
import org.persistentchat.sipmessage.RoomAliases;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.time.Ticks;

/** Room administration, one transaction per call; store rules surface as typed exceptions. */
@Stateless
public class RoomService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  /** Get-CsPersistentChatRoom: every filter given must match. */
  public List<RoomView> list(String name, Integer category, Boolean disabled) {
    CategoryStore categories = new CategoryStore(em);
    RoomStore rooms = new RoomStore(em);
    NameFilter names = NameFilter.of(name);
    Stream<Node> candidates = category != null
        ? rooms.roomsIn(new NodeId(category)).stream()
        : categories.list().stream().flatMap(c -> rooms.roomsIn(c.id()).stream());
    return candidates
        .filter(room -> names.matches(room.name()))
        .filter(room -> disabled == null || room.isDisabled() == disabled)
        .map(this::view)
        .sorted(java.util.Comparator.comparing(RoomView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public RoomView get(int id) throws UnknownRoomException {
    return view(new RoomStore(em).require(new NodeId(id)));
  }

  public RoomView create(RoomRequest request) throws NoCategoryException, BlankNameException,
      NameTooLongException, DuplicateNameException, UnknownRoomException {
    RoomStore rooms = new RoomStore(em);
    Ticks now = AdminClock.now();
    Privacy privacy = request.privacy() == null ? Privacy.CLOSED
        : RoomWords.privacy(request.privacy());
    RoomType type = request.type() == null ? RoomType.NORMAL : RoomWords.type(request.type());
    Node room = rooms.create(new NodeId(request.category()), request.name(),
        request.description(), privacy, type, AdminClock.ACTOR, now);
    if (request.invitations() != null) {
      rooms.setInvitations(room.id(), RoomWords.inheritsInvitations(request.invitations()),
          AdminClock.ACTOR, now);
    }
    if (Boolean.TRUE.equals(request.disabled())) {
      rooms.setDisabled(room.id(), true, AdminClock.ACTOR, now);
    }
    setAlias(room, request.alias());
    return view(room);
  }

  /** Set-CsPersistentChatRoom: what the request leaves out stays as it is. */
  public RoomView update(int id, RoomRequest request) throws UnknownRoomException,
      NoCategoryException, BlankNameException, NameTooLongException, DuplicateNameException {
    RoomStore rooms = new RoomStore(em);
    NodeId roomId = new NodeId(id);
    Ticks now = AdminClock.now();
    Node room = rooms.require(roomId);
    rooms.rename(roomId, request.name(), AdminClock.ACTOR, now);
    if (request.description() != null) {
      room.describe(request.description(), AdminClock.ACTOR.value(), now);
    }
    if (request.privacy() != null) {
      room.setPrivacy(RoomWords.privacy(request.privacy()), AdminClock.ACTOR.value(), now);
    }
    if (request.type() != null) {
      room.setType(RoomWords.type(request.type()), AdminClock.ACTOR.value(), now);
    }
    if (request.invitations() != null) {
      rooms.setInvitations(roomId, RoomWords.inheritsInvitations(request.invitations()),
          AdminClock.ACTOR, now);
    }
    if (request.disabled() != null) {
      rooms.setDisabled(roomId, request.disabled(), AdminClock.ACTOR, now);
    }
    if (request.category() != null && request.category() != room.parentId().value()) {
      // Moving purges roles the new category's scope does not admit, as Lync does.
      rooms.move(roomId, new NodeId(request.category()), AdminClock.ACTOR, now);
    }
    setAlias(room, request.alias());
    return view(room);
  }

  public void delete(int id) throws UnknownRoomException {
    new RoomStore(em).delete(new NodeId(id));
  }

  public RoomView grant(int id, RoomRole role, String principalUri)
      throws UnknownRoomException, UnknownPrincipalException {
    Node room = new RoomStore(em).require(new NodeId(id));
    PrincipalId principal = new PrincipalLookup(new PrincipalStore(em)).idOf(principalUri);
    new RoleStore(em).grant(room.id(), principal, role.type(), AdminClock.ACTOR);
    return view(room);
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
        lookup.urisOf(roles.holders(room.id(), RoleType.MEMBER)),
        lookup.urisOf(roles.holders(room.id(), RoleType.MANAGER)),
        lookup.urisOf(roles.holders(room.id(), RoleType.VOICED)));
  }
}
