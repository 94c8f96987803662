package org.persistentchat.room.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.PrincipalRole;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's RoomStore and RoleStore behave. */
public interface RoomStoreContract extends StoreContractFixture {

  private NodeId category(String name) throws Exception {
    return inTransaction(mgc(), em -> new CategoryStore(em).create(name, null, SYSTEM, NOW)).id();
  }

  private Node room(NodeId category, String name) throws Exception {
    return inTransaction(mgc(), em -> new RoomStore(em).create(category, name, null,
        Privacy.CLOSED, RoomType.NORMAL, SYSTEM, NOW));
  }

  @Test
  default void aRoomIsCreatedInItsCategoryWithLyncDefaults() throws Exception {
    NodeId cat = category("Trading");

    Node room = room(cat, "FX desk");

    Node read = inTransaction(mgc(), em -> new RoomStore(em).require(room.id()));
    assertThat(read.parentId()).isEqualTo(cat);
    assertThat(read.privacy()).isEqualTo(Privacy.CLOSED);
    assertThat(read.type()).isEqualTo(RoomType.NORMAL);
    assertThat(read.invite()).as("inherit").isNull();
    List<Node> rooms = inTransaction(mgc(), em -> new RoomStore(em).roomsIn(cat));
    assertThat(rooms).extracting(Node::name).containsExactly("FX desk");
  }

  @Test
  default void aRoomWithoutACategoryIsRejectedAndNothingIsWritten() throws Exception {
    assertThatThrownBy(() -> room(null, "FX desk")).isInstanceOf(NoCategoryException.class);
    assertThatThrownBy(() -> room(new NodeId(4242), "FX desk"))
        .isInstanceOf(NoCategoryException.class).hasMessageContaining("4242");
    assertThatThrownBy(() -> room(NodeId.ROOT, "FX desk"))
        .as("the hidden root is not a category users can use")
        .isInstanceOf(NoCategoryException.class);
    assertThat(count(mgc(), "SELECT COUNT(n) FROM Node n")).isEqualTo(1);
    assertThat(count(mgc(), "SELECT COUNT(l) FROM LastChatId l")).isZero();
  }

  @Test
  default void aDuplicateRoomNameInThePoolIsRejectedEvenInAnotherCategory() throws Exception {
    room(category("Trading"), "FX desk");
    NodeId other = category("Research");

    assertThatThrownBy(() -> room(other, "fx DESK")).isInstanceOf(DuplicateNameException.class)
        .hasMessageContaining("fx DESK");
    assertThat(count(mgc(), "SELECT COUNT(n) FROM Node n WHERE n.category = FALSE"))
        .isEqualTo(1);
  }

  @Test
  default void aRoomMayNotTakeTheNameOfACategory() throws Exception {
    NodeId cat = category("Trading");

    assertThatThrownBy(() -> room(cat, "Trading")).isInstanceOf(DuplicateNameException.class);
  }

  @Test
  default void aRoomNameOrDescriptionTooLongIsRejected() throws Exception {
    NodeId cat = category("Trading");

    assertThatThrownBy(() -> room(cat, "r".repeat(257))).isInstanceOf(NameTooLongException.class);
    assertThatThrownBy(() -> inTransaction(mgc(), em -> new RoomStore(em).create(cat, "ok",
        "d".repeat(300), Privacy.OPEN, RoomType.NORMAL, SYSTEM, NOW)))
        .isInstanceOf(NameTooLongException.class).hasMessageContaining("description");
    assertThat(room(cat, "r".repeat(256)).name()).hasSize(256);
  }

  @Test
  default void renamingARoomToItsOwnNameInAnotherCaseIsAllowed() throws Exception {
    Node room = room(category("Trading"), "FX desk");

    inTransaction(mgc(), em -> {
      new RoomStore(em).rename(room.id(), "FX Desk", SYSTEM, NOW);
      return null;
    });

    assertThat(inTransaction(mgc(), em -> new RoomStore(em).require(room.id())).name())
        .isEqualTo("FX Desk");
  }

  @Test
  default void theCreatorOfARoomBecomesItsManagerButNotAMember() throws Exception {
    NodeId cat = category("Trading");
    PrincipalId alice = user("alice");

    Node room = inTransaction(mgc(), em -> new RoomStore(em).createAsCreator(cat, "FX", null,
        Privacy.CLOSED, RoomType.NORMAL, alice, NOW));

    Set<PrincipalId> managers =
        inTransaction(mgc(), em -> new RoleStore(em).holders(room.id(), RoleType.MANAGER));
    Set<PrincipalId> members =
        inTransaction(mgc(), em -> new RoleStore(em).holders(room.id(), RoleType.MEMBER));
    assertThat(managers).containsExactly(alice);
    assertThat(members).isEmpty();
  }

  @Test
  default void grantingARoleToAnUnknownPrincipalIsRejected() throws Exception {
    Node room = room(category("Trading"), "FX");

    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new RoleStore(em).grant(room.id(), new PrincipalId(777), RoleType.MEMBER, SYSTEM);
      return null;
    })).isInstanceOf(UnknownPrincipalException.class);
    assertThat(count(mgc(), "SELECT COUNT(r) FROM PrincipalRole r")).isZero();
  }

  @Test
  default void roomsWhereAUserIsAMemberAreFoundThroughItsGroups() throws Exception {
    NodeId cat = category("Trading");
    Node fx = room(cat, "FX");
    Node rates = room(cat, "Rates");
    PrincipalId alice = user("alice");
    PrincipalId traders = group("traders");
    inTransaction(mgc(), em -> {
      new PrincipalStore(em).setAffiliations(alice, List.of(traders), SYSTEM);
      new RoleStore(em).grant(fx.id(), alice, RoleType.MEMBER, SYSTEM);
      new RoleStore(em).grant(rates.id(), traders, RoleType.MEMBER, SYSTEM);
      return null;
    });

    List<NodeId> rooms = inTransaction(mgc(), em -> new RoleStore(em)
        .nodesWhere(new PrincipalStore(em).affiliationsOf(alice), RoleType.MEMBER));

    assertThat(rooms).containsExactlyInAnyOrder(fx.id(), rates.id());
  }

  @Test
  default void movingARoomPurgesTheRolesTheNewScopeDoesNotAdmit() throws Exception {
    // Setup test fixture.
    NodeId trading = category("Trading");
    NodeId research = category("Research");
    Node fx = room(trading, "FX");
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    PrincipalId analysts = group("analysts");
    inTransaction(mgc(), em -> {
      new PrincipalStore(em).setAffiliations(bob, List.of(analysts), SYSTEM);
      new CategoryStore(em).putInScope(research, analysts, false, SYSTEM);
      RoleStore roles = new RoleStore(em);
      roles.grant(fx.id(), alice, RoleType.MEMBER, SYSTEM);
      roles.grant(fx.id(), alice, RoleType.MANAGER, SYSTEM);
      roles.grant(fx.id(), bob, RoleType.MEMBER, SYSTEM);
      return null;
    });

    // Execute system under test.
    Set<PrincipalId> purged = inTransaction(mgc(),
        em -> new RoomStore(em).move(fx.id(), research, SYSTEM, NOW));

    // Verify results.
    assertThat(purged).containsExactly(alice);
    List<PrincipalRole> left = inTransaction(mgc(), em -> new RoleStore(em).rolesOn(fx.id()));
    assertThat(left).extracting(PrincipalRole::principalId).containsExactly(bob);
    assertThat(inTransaction(mgc(), em -> new RoomStore(em).require(fx.id())).parentId())
        .isEqualTo(research);
  }
}
