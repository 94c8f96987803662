package org.persistentchat.invitation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.persistentchat.invitation.model.Invitation;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's InvitationStore materialises, numbers and clears invitations. */
public interface InvitationStoreContract extends StoreContractFixture {

  private NodeId category(String name, boolean invitations) throws Exception {
    return inTransaction(mgc(), em -> {
      NodeId id = new CategoryStore(em).create(name, null, SYSTEM, NOW).id();
      new CategoryStore(em).setSwitches(id, invitations, false, true, SYSTEM, NOW);
      return id;
    });
  }

  private NodeId room(NodeId category, String name, Privacy privacy) throws Exception {
    return inTransaction(mgc(), em -> new RoomStore(em).create(category, name, null, privacy,
        RoomType.NORMAL, SYSTEM, NOW).id());
  }

  private void members(NodeId room, PrincipalId... principals) throws Exception {
    inTransaction(mgc(), em -> {
      for (PrincipalId p : principals) {
        new RoleStore(em).grant(room, p, RoleType.MEMBER, SYSTEM);
      }
      return null;
    });
  }

  private void affiliate(PrincipalId user, PrincipalId... groups) throws Exception {
    inTransaction(mgc(), em -> {
      new PrincipalStore(em).setAffiliations(user, List.of(groups), SYSTEM);
      return null;
    });
  }

  private List<Invitation> inviteMembers(NodeId room) throws Exception {
    return inTransaction(mgc(), em -> new InvitationStore(em).inviteMembers(room, NOW));
  }

  private List<Invitation> pending(PrincipalId user) throws Exception {
    return inTransaction(mgc(), em -> new InvitationStore(em).pending(user));
  }

  @Test
  default void aRoomInvitesItsMembersWithGroupsExpandedToTheirUsers() throws Exception {
    // Setup test fixture.
    NodeId room = room(category("Trading", true), "FX", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    PrincipalId traders = group("traders");
    affiliate(bob, traders);
    members(room, alice, traders);

    // Execute system under test.
    List<Invitation> written = inviteMembers(room);

    // Verify results.
    assertThat(written).extracting(Invitation::invitee).containsExactlyInAnyOrder(alice, bob);
    assertThat(written).extracting(Invitation::invitationId).containsOnly(1);
    assertThat(pending(alice)).extracting(Invitation::room).containsExactly(room);
    assertThat(count(mgc(), "SELECT COUNT(i) FROM Invitation i")).as("no row for the group")
        .isEqualTo(2);
  }

  @Test
  default void invitationsAreNumberedPerUserAcrossRooms() throws Exception {
    // Setup test fixture.
    NodeId cat = category("Trading", true);
    NodeId fx = room(cat, "FX", Privacy.CLOSED);
    NodeId rates = room(cat, "Rates", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    members(fx, alice);
    members(rates, alice, bob);

    // Execute system under test.
    inviteMembers(fx);
    inviteMembers(rates);

    // Verify results.
    assertThat(pending(alice)).extracting(Invitation::room, Invitation::invitationId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(fx, 1),
            org.assertj.core.groups.Tuple.tuple(rates, 2));
    assertThat(pending(bob)).extracting(Invitation::invitationId).containsExactly(1);
    List<Invitation> newer =
        inTransaction(mgc(), em -> new InvitationStore(em).pendingAfter(alice, 1));
    assertThat(newer).extracting(Invitation::room).containsExactly(rates);
    int last = inTransaction(mgc(), em -> new InvitationStore(em).lastInvitationId(alice));
    assertThat(last).isEqualTo(2);
  }

  @Test
  default void aCategoryWithoutInvitationsLetsNoRoomInviteAndNothingIsWritten()
      throws Exception {
    NodeId room = room(category("Quiet", false), "FX", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    members(room, alice);

    assertThatThrownBy(() -> inviteMembers(room)).isInstanceOf(InvitationsOffException.class)
        .hasMessageContaining("category");

    assertThat(count(mgc(), "SELECT COUNT(i) FROM Invitation i")).isZero();
    assertThat(count(mgc(), "SELECT COUNT(l) FROM LastInviteId l")).isZero();
  }

  @Test
  default void aRoomThatSwitchedInvitationsOffOrIsDisabledInvitesNobody() throws Exception {
    // Setup test fixture.
    NodeId cat = category("Trading", true);
    NodeId off = room(cat, "Off", Privacy.CLOSED);
    NodeId disabled = room(cat, "Disabled", Privacy.CLOSED);
    members(off, user("alice"));
    inTransaction(mgc(), em -> {
      new RoomStore(em).setInvitations(off, false, SYSTEM, NOW);
      new RoomStore(em).setDisabled(disabled, true, SYSTEM, NOW);
      return null;
    });

    // Execute system under test and verify results.
    assertThatThrownBy(() -> inviteMembers(off)).isInstanceOf(InvitationsOffException.class)
        .hasMessageContaining("switched invitations off");
    assertThatThrownBy(() -> inviteMembers(disabled))
        .isInstanceOf(InvitationsOffException.class).hasMessageContaining("disabled");
    boolean on = inTransaction(mgc(), em -> new InvitationStore(em).invitationsOn(off));
    assertThat(on).isFalse();
  }

  @Test
  default void invitingAgainKeepsTheFirstInvitationAndItsNumber() throws Exception {
    NodeId room = room(category("Trading", true), "FX", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    members(room, alice);
    inviteMembers(room);

    List<Invitation> second = inviteMembers(room);

    assertThat(second).isEmpty();
    assertThat(pending(alice)).extracting(Invitation::invitationId).containsExactly(1);
  }

  @Test
  default void joiningClearsTheInvitationButNumbersAreNeverReused() throws Exception {
    // Setup test fixture.
    NodeId cat = category("Trading", true);
    NodeId fx = room(cat, "FX", Privacy.CLOSED);
    NodeId rates = room(cat, "Rates", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    members(fx, alice);
    members(rates, alice);
    inviteMembers(fx);

    // Execute system under test.
    boolean cleared = inTransaction(mgc(), em -> new InvitationStore(em).clearOnJoin(alice, fx));
    boolean again = inTransaction(mgc(), em -> new InvitationStore(em).clearOnJoin(alice, fx));
    inviteMembers(rates);

    // Verify results.
    assertThat(cleared).isTrue();
    assertThat(again).isFalse();
    assertThat(pending(alice)).extracting(Invitation::room, Invitation::invitationId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(rates, 2));
  }

  @Test
  default void anOpenRoomInvitesItsCategoryScopeLessDeniedAndDisabledUsers() throws Exception {
    // Setup test fixture.
    NodeId cat = category("Everyone", true);
    NodeId lobby = room(cat, "Lobby", Privacy.OPEN);
    PrincipalId everyone = group("everyone");
    PrincipalId alice = user("alice");
    PrincipalId carol = user("carol");
    PrincipalId dave = user("dave");
    affiliate(alice, everyone);
    affiliate(carol, everyone);
    affiliate(dave, everyone);
    inTransaction(mgc(), em -> {
      new CategoryStore(em).putInScope(cat, everyone, false, SYSTEM);
      new CategoryStore(em).putInScope(cat, carol, true, SYSTEM);
      em.find(Principal.class, dave.value()).setDisabled(Principal.SIP_DISABLED, 1, NOW);
      return null;
    });

    // Execute system under test.
    List<Invitation> written = inviteMembers(lobby);

    // Verify results.
    assertThat(written).extracting(Invitation::invitee).containsExactly(alice);
  }

  @Test
  default void invitingAnUnknownPrincipalIsRejectedBeforeAnythingIsWritten() throws Exception {
    NodeId room = room(category("Trading", true), "FX", Privacy.CLOSED);
    PrincipalId alice = user("alice");

    assertThatThrownBy(() -> inTransaction(mgc(), em -> new InvitationStore(em)
        .invite(room, List.of(alice, new PrincipalId(9999)), NOW)))
        .isInstanceOf(UnknownPrincipalException.class);

    assertThat(count(mgc(), "SELECT COUNT(i) FROM Invitation i")).isZero();
  }

  @Test
  default void invitationsOfADisabledRoomAreHiddenUntilItIsEnabledAgain() throws Exception {
    // Setup test fixture.
    NodeId room = room(category("Trading", true), "FX", Privacy.CLOSED);
    PrincipalId alice = user("alice");
    inTransaction(mgc(), em -> new InvitationStore(em).invite(room, Set.of(alice), NOW));

    // Execute system under test.
    inTransaction(mgc(), em -> {
      new RoomStore(em).setDisabled(room, true, SYSTEM, NOW);
      return null;
    });
    List<Invitation> whileDisabled = pending(alice);
    inTransaction(mgc(), em -> {
      new RoomStore(em).setDisabled(room, false, SYSTEM, NOW);
      return null;
    });

    // Verify results.
    assertThat(whileDisabled).isEmpty();
    assertThat(pending(alice)).hasSize(1);
  }
}
