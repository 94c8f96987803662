package org.persistentchat.preference.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.persistentchat.preference.model.Preference;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's PreferenceStore versions preferences and rejects stale saves. */
public interface PreferenceStoreContract extends StoreContractFixture {

  String ALICE = "sip:alice@contoso.com";

  private Preference save(String label, int expected, String content) throws Exception {
    return inTransaction(mgc(),
        em -> new PreferenceStore(em).set(label, expected, content, SYSTEM));
  }

  private Optional<Preference> latest(String label) throws Exception {
    return inTransaction(mgc(), em -> new PreferenceStore(em).latest(label));
  }

  @Test
  default void aLabelWithoutPreferencesHasNoLatestVersion() throws Exception {
    assertThat(latest(ALICE)).isEmpty();
    int version = inTransaction(mgc(), em -> new PreferenceStore(em).latestVersion(ALICE));
    assertThat(version).isEqualTo(PreferenceStore.NO_VERSION);
  }

  @Test
  default void eachSaveAddsTheNextVersionAndTheLatestIsCurrent() throws Exception {
    save(ALICE, 0, "<prefs v='1'/>");
    save(ALICE, 1, "<prefs v='2'/>");
    save("sip:bob@contoso.com", 0, "<bob/>");

    Preference current = latest(ALICE).orElseThrow();

    assertThat(current.sequence()).isEqualTo(2);
    assertThat(current.content()).isEqualTo("<prefs v='2'/>");
    assertThat(current.lastModifiedBy()).isEqualTo(SYSTEM.value());
  }

  @Test
  default void aSaveOverAnOlderVersionIsRejectedAndNothingIsWritten() throws Exception {
    save(ALICE, 0, "first");
    save(ALICE, 1, "second");

    assertThatThrownBy(() -> save(ALICE, 1, "lost update"))
        .isInstanceOfSatisfying(StalePreferenceException.class, e -> {
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.latest()).isEqualTo(2);
        });
    assertThatThrownBy(() -> save(ALICE, 0, "lost update"))
        .isInstanceOf(StalePreferenceException.class);

    assertThat(latest(ALICE).orElseThrow().content()).isEqualTo("second");
    assertThat(count(mgc(), "SELECT COUNT(p) FROM Preference p")).isEqualTo(2);
  }

  @Test
  default void aLabelOver255CharactersIsRejected() throws Exception {
    assertThatThrownBy(() -> save("l".repeat(256), 0, "x"))
        .isInstanceOf(NameTooLongException.class);
  }

  @Test
  default void pruningKeepsTheNewestVersions() throws Exception {
    for (int v = 0; v < 5; v++) {
      save(ALICE, v, "v" + (v + 1));
    }

    int pruned = inTransaction(mgc(), em -> new PreferenceStore(em).prune(ALICE, 2));

    assertThat(pruned).isEqualTo(3);
    assertThat(latest(ALICE).orElseThrow().content()).isEqualTo("v5");
    assertThat(save(ALICE, 5, "v6").sequence()).isEqualTo(6);
  }
}
