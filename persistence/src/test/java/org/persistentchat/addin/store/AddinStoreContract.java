package org.persistentchat.addin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.model.AddinId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.InvalidUrlException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's AddinStore registers, changes and removes add-ins. */
public interface AddinStoreContract extends StoreContractFixture {

  private Addin register(String name, String url) throws Exception {
    return inTransaction(mgc(), em -> new AddinStore(em).register(name, url));
  }

  private NodeId roomShowing(String name, AddinId addin) throws Exception {
    return inTransaction(mgc(), em -> {
      NodeId cat = new CategoryStore(em).create("Cat " + name, null, SYSTEM, NOW).id();
      NodeId room = new RoomStore(em).create(cat, name, null, Privacy.CLOSED, RoomType.NORMAL,
          SYSTEM, NOW).id();
      new RoomStore(em).setAddin(room, addin, SYSTEM, NOW);
      return room;
    });
  }

  @Test
  default void anAddinIsRegisteredWithItsNameAndUrl() throws Exception {
    Addin ticker = register(" Ticker ", "https://addins.contoso.com/ticker");

    Addin read = inTransaction(mgc(), em -> new AddinStore(em).require(ticker.addinId()));
    assertThat(read.name()).isEqualTo("Ticker");
    assertThat(read.url()).isEqualTo("https://addins.contoso.com/ticker");
    java.util.Optional<Addin> byName =
        inTransaction(mgc(), em -> new AddinStore(em).findByName("TICKER"));
    assertThat(byName).as("names compare without case").isPresent();
  }

  @Test
  default void aNameOver50CharactersOrBlankIsRejected() throws Exception {
    assertThatThrownBy(() -> register("n".repeat(51), "https://a.contoso.com"))
        .isInstanceOf(NameTooLongException.class).hasMessageContaining("50");
    assertThatThrownBy(() -> register("  ", "https://a.contoso.com"))
        .isInstanceOf(BlankNameException.class);

    assertThat(register("n".repeat(50), "https://a.contoso.com").name()).hasSize(50);
  }

  @Test
  default void aUrlMustBeAnHttpOrHttpsUrlOfAtMost255Characters() throws Exception {
    String longUrl = "https://a.contoso.com/" + "p".repeat(234);

    assertThatThrownBy(() -> register("a", "ftp://a.contoso.com/x"))
        .isInstanceOf(InvalidUrlException.class).hasMessageContaining("http");
    assertThatThrownBy(() -> register("b", "not a url"))
        .isInstanceOf(InvalidUrlException.class);
    assertThatThrownBy(() -> register("c", "https:///nohost"))
        .isInstanceOf(InvalidUrlException.class).hasMessageContaining("host");
    assertThatThrownBy(() -> register("d", longUrl))
        .isInstanceOf(InvalidUrlException.class).hasMessageContaining("255");
    assertThatThrownBy(() -> register("e", null)).isInstanceOf(InvalidUrlException.class);

    assertThat(count(mgc(), "SELECT COUNT(a) FROM Addin a")).isZero();
    assertThat(register("f", longUrl.substring(0, 255)).url()).hasSize(255);
  }

  @Test
  default void aDuplicateNameIsRejectedButAnAddinMayKeepItsOwnName() throws Exception {
    Addin ticker = register("Ticker", "https://a.contoso.com");
    register("Help desk", "https://b.contoso.com");

    assertThatThrownBy(() -> register("ticker", "https://c.contoso.com"))
        .isInstanceOf(DuplicateNameException.class);
    assertThatThrownBy(() -> inTransaction(mgc(), em -> new AddinStore(em)
        .update(ticker.addinId(), "HELP DESK", "https://a.contoso.com")))
        .isInstanceOf(DuplicateNameException.class);

    Addin updated = inTransaction(mgc(), em -> new AddinStore(em)
        .update(ticker.addinId(), "TICKER", "http://ticker.contoso.com/v2"));
    assertThat(updated.name()).isEqualTo("TICKER");
    List<Addin> all = inTransaction(mgc(), em -> new AddinStore(em).list());
    assertThat(all).extracting(Addin::name).containsExactly("Help desk", "TICKER");
  }

  @Test
  default void anAddinUsedByRoomsCannotBeRemovedUntilTheyDropIt() throws Exception {
    // Setup test fixture.
    Addin ticker = register("Ticker", "https://a.contoso.com");
    NodeId fx = roomShowing("FX", ticker.addinId());

    // Execute system under test and verify results.
    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new AddinStore(em).remove(ticker.addinId());
      return null;
    })).isInstanceOfSatisfying(AddinInUseException.class,
        e -> assertThat(e.rooms()).containsExactly("FX"));
    assertThat(count(mgc(), "SELECT COUNT(a) FROM Addin a")).isEqualTo(1);

    inTransaction(mgc(), em -> {
      new RoomStore(em).setAddin(fx, null, SYSTEM, NOW);
      new AddinStore(em).remove(ticker.addinId());
      return null;
    });
    assertThat(count(mgc(), "SELECT COUNT(a) FROM Addin a")).isZero();
  }

  @Test
  default void unknownAddinsAreReportedByTypedErrors() throws Exception {
    AddinId missing = new AddinId(java.util.UUID.randomUUID());

    assertThatThrownBy(() -> inTransaction(mgc(), em -> {
      new AddinStore(em).remove(missing);
      return null;
    })).isInstanceOf(UnknownAddinException.class);
    assertThatThrownBy(() -> roomShowing("FX", missing))
        .isInstanceOf(UnknownAddinException.class);
    List<String> using = inTransaction(mgc(), em -> new AddinStore(em).roomsUsing(missing));
    assertThat(using).isEmpty();
  }
}
