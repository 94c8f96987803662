package org.persistentchat.room.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's CategoryStore behaves. */
public interface CategoryStoreContract extends StoreContractFixture {

  @Test
  default void aNewCategoryKeepsHistoryAndHasNoFileUploadOrInvitations() throws Exception {
    // Execute system under test.
    Node created = inTransaction(mgc(),
        em -> new CategoryStore(em).create("Trading", "desks", SYSTEM, NOW));

    // Verify results.
    Node read = inTransaction(mgc(), em -> new CategoryStore(em).require(created.id()));
    assertThat(read.name()).isEqualTo("Trading");
    assertThat(read.parentId()).isEqualTo(NodeId.ROOT);
    assertThat(read.chatHistory()).isTrue();
    assertThat(read.fileUpload()).isFalse();
    assertThat(read.invite()).isFalse();
  }

  @Test
  default void listingCategoriesLeavesOutTheHiddenRoot() throws Exception {
    inTransaction(mgc(), em -> new CategoryStore(em).create("B", null, SYSTEM, NOW));
    inTransaction(mgc(), em -> new CategoryStore(em).create("A", null, SYSTEM, NOW));

    List<Node> all = inTransaction(mgc(), em -> new CategoryStore(em).list());

    assertThat(all).extracting(Node::name).containsExactly("A", "B");
  }

  @Test
  default void aCategoryNameUsedByAnotherCategoryInAnyCaseIsRejected() throws Exception {
    inTransaction(mgc(), em -> new CategoryStore(em).create("Trading", null, SYSTEM, NOW));

    assertThatThrownBy(() -> inTransaction(mgc(),
        em -> new CategoryStore(em).create("TRADING", null, SYSTEM, NOW)))
        .isInstanceOf(DuplicateNameException.class).hasMessageContaining("TRADING");
    assertThat(count(mgc(), "SELECT COUNT(n) FROM Node n")).isEqualTo(2);
  }

  @Test
  default void aCategoryMayNotTakeTheNameOfARoom() throws Exception {
    NodeId cat = inTransaction(mgc(),
        em -> new CategoryStore(em).create("Trading", null, SYSTEM, NOW)).id();
    inTransaction(mgc(), em -> new RoomStore(em).create(cat, "FX", null, Privacy.CLOSED,
        RoomType.NORMAL, SYSTEM, NOW));

    assertThatThrownBy(() -> inTransaction(mgc(),
        em -> new CategoryStore(em).create("fx", null, SYSTEM, NOW)))
        .isInstanceOf(DuplicateNameException.class);
  }

  @Test
  default void aCategoryNameLongerThan256CharactersIsRejectedAndNothingIsWritten()
      throws Exception {
    assertThatThrownBy(() -> inTransaction(mgc(),
        em -> new CategoryStore(em).create("x".repeat(257), null, SYSTEM, NOW)))
        .isInstanceOf(NameTooLongException.class).hasMessageContaining("257");
    assertThat(count(mgc(), "SELECT COUNT(n) FROM Node n")).isEqualTo(1);
  }

  @Test
  default void aCategoryWithRoomsCannotBeDeletedAndKeepsEverything() throws Exception {
    // Setup test fixture.
    NodeId cat = inTransaction(mgc(),
        em -> new CategoryStore(em).create("Trading", null, SYSTEM, NOW)).id();
    PrincipalId alice = user("alice");
    inTransaction(mgc(), em -> {
      new CategoryStore(em).putInScope(cat, alice, false, SYSTEM);
      return new RoomStore(em).create(cat, "FX", null, Privacy.CLOSED, RoomType.NORMAL, SYSTEM,
          NOW);
    });

    // Execute system under test.
    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new CategoryStore(em).delete(cat);
      return null;
    })).isInstanceOf(CategoryNotEmptyException.class).hasMessageContaining("1 room");

    // Verify results.
    assertThat(count(mgc(), "SELECT COUNT(s) FROM ScopePrincipal s")).isEqualTo(1);
    Optional<Node> kept = inTransaction(mgc(), em -> new CategoryStore(em).find(cat));
    assertThat(kept).isPresent();
  }

  @Test
  default void anEmptyCategoryIsDeletedWithItsScope() throws Exception {
    NodeId cat = inTransaction(mgc(),
        em -> new CategoryStore(em).create("Trading", null, SYSTEM, NOW)).id();
    PrincipalId alice = user("alice");
    inTransaction(mgc(), em -> {
      new CategoryStore(em).putInScope(cat, alice, true, SYSTEM);
      return null;
    });

    inTransaction(mgc(), em -> {
      new CategoryStore(em).delete(cat);
      return null;
    });

    Optional<Node> gone = inTransaction(mgc(), em -> new CategoryStore(em).find(cat));
    assertThat(gone).isEmpty();
    assertThat(count(mgc(), "SELECT COUNT(s) FROM ScopePrincipal s")).isZero();
  }

  @Test
  default void anUnknownPrincipalCannotBePutInScope() throws Exception {
    NodeId cat = inTransaction(mgc(),
        em -> new CategoryStore(em).create("Trading", null, SYSTEM, NOW)).id();

    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new CategoryStore(em).putInScope(cat, new PrincipalId(9999), false, SYSTEM);
      return null;
    })).isInstanceOf(UnknownPrincipalException.class).hasMessageContaining("9999");
    assertThat(count(mgc(), "SELECT COUNT(s) FROM ScopePrincipal s")).isZero();
  }
}
