package org.persistentchat.room;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.permission.CategoryRules;
import org.persistentchat.permission.RoomRules;
import org.persistentchat.permission.Scope;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.xccos.model.ChannelUri;

/** Finds rooms by wire URI and loads them as {@link RoomView}s; stateless between calls. */
public class RoomDirectory {

  private final ChannelAddress address;

  public RoomDirectory(ChannelAddress address) {
    this.address = Objects.requireNonNull(address, "address");
  }

  public ChannelAddress address() {
    return address;
  }

  /** The room a URI names, disabled or not. */
  public RoomView open(EntityManager em, ChannelUri uri) throws NoSuchRoomException {
    Optional<UUID> guid = address.guidOf(uri);
    if (guid.isEmpty()) {
      throw new NoSuchRoomException(uri.toString());
    }
    // RoomStore looks rooms up by id and name only; the wire names them by GUID.
    Node room = em.createQuery(
            "SELECT n FROM Node n WHERE n.category = FALSE AND n.guid = :g", Node.class)
        .setParameter("g", guid.get())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NoSuchRoomException(uri.toString()));
    return view(em, room);
  }

  /** Every room of the pool, category by category, by name. */
  public List<RoomView> all(EntityManager em) {
    CategoryStore categories = new CategoryStore(em);
    RoomStore rooms = new RoomStore(em);
    List<RoomView> views = new ArrayList<>();
    for (Node category : categories.list()) {
      CategoryRules categoryRules = categoryRules(em, category);
      for (Node room : rooms.roomsIn(category.id())) {
        views.add(view(em, room, category, categoryRules));
      }
    }
    return views;
  }

  /** The hidden root category, whose URI getserverinfo reports. */
  public Node root(EntityManager em) {
    return em.find(Node.class, NodeId.ROOT.value());
  }

  private RoomView view(EntityManager em, Node room) {
    Node category = em.find(Node.class, room.parentId().value());
    return view(em, room, category, categoryRules(em, category));
  }

  private RoomView view(EntityManager em, Node room, Node category, CategoryRules categoryRules) {
    RoleStore roles = new RoleStore(em);
    RoomRules rules = new RoomRules(room.privacy(), room.type(), room.isDisabled(),
        Boolean.FALSE.equals(room.invite()),
        roles.holders(room.id(), RoleType.MEMBER),
        roles.holders(room.id(), RoleType.MANAGER),
        roles.holders(room.id(), RoleType.VOICED));
    return new RoomView(room, category, rules, categoryRules, address.uriOf(room),
        address.keyOf(room));
  }

  /** What a category imposes on its rooms, for rights judged before a room exists (creation). */
  public static CategoryRules categoryRules(EntityManager em, Node category) {
    CategoryStore categories = new CategoryStore(em);
    Scope scope = new Scope(categories.allowedMembers(category.id()),
        categories.deniedMembers(category.id()));
    return new CategoryRules(scope, new RoleStore(em).holders(category.id(), RoleType.CREATOR),
        Boolean.TRUE.equals(category.invite()), category.fileUpload(), category.chatHistory());
  }
}
