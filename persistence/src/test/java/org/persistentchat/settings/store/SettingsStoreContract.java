package org.persistentchat.settings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.model.PersistentChatConfiguration;
import org.persistentchat.settings.model.PersistentChatPolicy;
import org.persistentchat.settings.model.ScopedValues;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.settings.model.SettingViolation;
import org.persistentchat.testing.StoreContractFixture;
import org.persistentchat.testing.Transactions.Work;

/** How every backend's SettingsStore stores scoped settings and resolves precedence. */
public interface SettingsStoreContract extends StoreContractFixture {

  String POOL = "pchat.contoso.com";

  private <T> T tx(Work<T> work) throws Exception {
    return inTransaction(mgc(), work);
  }

  private void configure(SettingScope scope, PersistentChatConfiguration c) throws Exception {
    tx(em -> {
      new SettingsStore(em).setConfiguration(scope, c, SYSTEM, NOW);
      return null;
    });
  }

  private void policy(SettingScope scope, boolean enabled) throws Exception {
    tx(em -> {
      new SettingsStore(em).setPolicy(scope, PersistentChatPolicy.enabled(enabled), SYSTEM, NOW);
      return null;
    });
  }

  @Test
  default void withNothingStoredEveryPoolGetsLyncsDefaults() throws Exception {
    PersistentChatConfiguration c =
        tx(em -> new SettingsStore(em).effectiveConfiguration("Redmond", POOL));
    ComplianceConfiguration comp =
        tx(em -> new SettingsStore(em).effectiveCompliance("Redmond", POOL));

    assertThat(c.defaultChatHistory()).isEqualTo(30);
    assertThat(c.participantUpdateLimit()).isEqualTo(75);
    assertThat(c.maxFileSizeKb()).isEqualTo(20_000);
    assertThat(c.roomManagementUrlIfSet()).isEmpty();
    assertThat(comp.runInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(comp.adapterType()).isEqualTo("XmlAdapter");
    assertThat(comp.oneChatRoomPerOutputFile()).isFalse();
  }

  @Test
  default void theMostSpecificScopeWinsServiceOverSiteOverGlobal() throws Exception {
    // Setup test fixture.
    configure(SettingScope.GLOBAL, PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(40));
    configure(SettingScope.site("Redmond"),
        PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(50));
    configure(SettingScope.service(POOL),
        PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(60));

    // Execute system under test.
    int pool = tx(em -> new SettingsStore(em).effectiveConfiguration("Redmond", POOL))
        .defaultChatHistory();
    int otherPoolSameSite = tx(em -> new SettingsStore(em)
        .effectiveConfiguration("Redmond", "other.contoso.com")).defaultChatHistory();
    int otherSite = tx(em -> new SettingsStore(em)
        .effectiveConfiguration("Dublin", "other.contoso.com")).defaultChatHistory();

    // Verify results.
    assertThat(pool).isEqualTo(60);
    assertThat(otherPoolSameSite).isEqualTo(50);
    assertThat(otherSite).isEqualTo(40);
  }

  @Test
  default void aScopeObjectWinsAsAWholeWithoutInheritingSingleSettings() throws Exception {
    configure(SettingScope.GLOBAL, PersistentChatConfiguration.DEFAULTS.withMaxFileSizeKb(500));
    configure(SettingScope.site("Redmond"),
        PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(50));

    PersistentChatConfiguration c =
        tx(em -> new SettingsStore(em).effectiveConfiguration("Redmond", POOL));

    assertThat(c.maxFileSizeKb()).as("the site object's own default, as in Lync")
        .isEqualTo(20_000);
  }

  @Test
  default void removingAScopeFallsBackAndRemovingGlobalRestoresTheDefaults() throws Exception {
    configure(SettingScope.GLOBAL, PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(40));
    configure(SettingScope.service(POOL),
        PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(60));

    boolean removed = tx(em -> new SettingsStore(em).removeConfiguration(
        SettingScope.service(POOL)));
    int afterService = tx(em -> new SettingsStore(em).effectiveConfiguration(null, POOL))
        .defaultChatHistory();
    tx(em -> new SettingsStore(em).removeConfiguration(SettingScope.GLOBAL));
    Optional<PersistentChatConfiguration> global =
        tx(em -> new SettingsStore(em).configuration(SettingScope.GLOBAL));

    assertThat(removed).isTrue();
    assertThat(afterService).isEqualTo(40);
    assertThat(global).contains(PersistentChatConfiguration.DEFAULTS);
  }

  @Test
  default void settingsOutOfBoundsAreAllNamedWithTheirRangeAndNothingIsWritten()
      throws Exception {
    PersistentChatConfiguration bad = new PersistentChatConfiguration(501, 0, 20_000,
        "ftp://rm.contoso.com");

    assertThatThrownBy(() -> configure(SettingScope.GLOBAL, bad))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
          assertThat(e.violations()).extracting(SettingViolation::setting).containsExactly(
              "DefaultChatHistory", "ParticipantUpdateLimit", "RoomManagementUrl");
          assertThat(e.getMessage()).contains("DefaultChatHistory is 501; allowed: 1-500 messages");
        });
    assertThatThrownBy(() -> configure(SettingScope.GLOBAL,
        PersistentChatConfiguration.DEFAULTS.withDefaultChatHistory(0)))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("1-500");
    assertThat(count(mgc(), "SELECT COUNT(s) FROM Setting s")).isZero();

    configure(SettingScope.GLOBAL, PersistentChatConfiguration.DEFAULTS
        .withDefaultChatHistory(500).withRoomManagementUrl("https://rm.contoso.com/rooms"));
    assertThat(tx(em -> new SettingsStore(em).effectiveConfiguration(null, null))
        .roomManagementUrlIfSet()).contains("https://rm.contoso.com/rooms");
  }

  @Test
  default void theComplianceRunIntervalMustLieBetweenOneMinuteAndThirtyDays() throws Exception {
    ComplianceConfiguration tooShort =
        ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofSeconds(59));
    ComplianceConfiguration tooLong =
        ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofDays(30).plusSeconds(1));
    ComplianceConfiguration noAdapter = ComplianceConfiguration.DEFAULTS.withAdapter(" ", null,
        null);

    for (ComplianceConfiguration bad : java.util.List.of(tooShort, tooLong)) {
      assertThatThrownBy(() -> tx(em -> {
        new SettingsStore(em).setCompliance(SettingScope.GLOBAL, bad, SYSTEM, NOW);
        return null;
      })).isInstanceOf(InvalidSettingException.class)
          .hasMessageContaining("RunInterval").hasMessageContaining("1 minute to 30 days");
    }
    assertThatThrownBy(() -> tx(em -> {
      new SettingsStore(em).setCompliance(SettingScope.GLOBAL, noAdapter, SYSTEM, NOW);
      return null;
    })).isInstanceOf(InvalidSettingException.class).hasMessageContaining("AdapterType");
  }

  private void comply(SettingScope scope, ComplianceConfiguration c) throws Exception {
    tx(em -> {
      new SettingsStore(em).setCompliance(scope, c, SYSTEM, NOW);
      return null;
    });
  }

  private Optional<ScopedValues> storedCompliance() throws Exception {
    return tx(em -> new SettingsStore(em).storedCompliance("Redmond", POOL));
  }

  @Test
  default void givenComplianceObjectsAtEveryScope_whenAPoolReadsItsStoredObject_thenPoolBeatsSiteBeatsGlobal()
      throws Exception {
    assertThat(storedCompliance()).as("nothing stored").isEmpty();

    comply(SettingScope.GLOBAL, ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofHours(1)));
    ScopedValues global = storedCompliance().orElseThrow();
    comply(SettingScope.site("Redmond"),
        ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofHours(2)));
    comply(SettingScope.site("Dublin"),
        ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofHours(5)));
    ScopedValues site = storedCompliance().orElseThrow();
    comply(SettingScope.service(POOL), ComplianceConfiguration.DEFAULTS
        .withRunInterval(Duration.ofHours(3)).withOutput("/srv/out", true, false, false, false));
    ScopedValues pool = storedCompliance().orElseThrow();

    assertThat(global.scope()).isEqualTo("global");
    assertThat(global.values()).containsEntry(ComplianceConfiguration.RUN_INTERVAL, "PT1H");
    assertThat(site.scope()).isEqualTo("site:Redmond");
    assertThat(site.values()).containsEntry(ComplianceConfiguration.RUN_INTERVAL, "PT2H");
    assertThat(pool.scope()).isEqualTo(SettingScope.service(POOL).identity());
    assertThat(pool.values()).containsEntry(ComplianceConfiguration.RUN_INTERVAL, "PT3H")
        .containsEntry(ComplianceConfiguration.OUTPUT_DIRECTORY, "/srv/out")
        .containsEntry(ComplianceConfiguration.ONE_CHAT_ROOM_PER_OUTPUT_FILE, "true");
  }

  @Test
  default void givenAComplianceObjectWithoutOutputOrStylesheet_whenReadAsStored_thenThoseSettingsAreUnset()
      throws Exception {
    comply(SettingScope.GLOBAL, ComplianceConfiguration.DEFAULTS);

    ScopedValues stored = storedCompliance().orElseThrow();

    assertThat(stored.values()).containsKey(ComplianceConfiguration.ADAPTER_TYPE)
        .doesNotContainKeys(ComplianceConfiguration.OUTPUT_DIRECTORY,
            ComplianceConfiguration.CUSTOM_CONFIGURATION, ComplianceConfiguration.ADAPTER_NAME);
  }

  @Test
  default void aComplianceObjectRoundTripsEveryOption() throws Exception {
    ComplianceConfiguration c = ComplianceConfiguration.DEFAULTS
        .withRunInterval(Duration.ofDays(30))
        .withOutput("/var/pchat/compliance", true, true, true, true)
        .withAdapter("XmlAdapter", "Archive", "/etc/pchat/archive.xslt");

    tx(em -> {
      new SettingsStore(em).setCompliance(SettingScope.service(POOL), c, SYSTEM, NOW);
      return null;
    });

    ComplianceConfiguration read =
        tx(em -> new SettingsStore(em).effectiveCompliance("Redmond", POOL));
    assertThat(read).isEqualTo(c);
  }

  @Test
  default void scopesAreCheckedAgainstWhatEachObjectAllows() throws Exception {
    assertThatThrownBy(() -> configure(SettingScope.tag("Traders"),
        PersistentChatConfiguration.DEFAULTS)).isInstanceOf(InvalidScopeException.class)
        .hasMessageContaining("PersistentChatConfiguration");
    assertThatThrownBy(() -> policy(SettingScope.service(POOL), true))
        .isInstanceOf(InvalidScopeException.class);
  }

  @Test
  default void theGlobalPolicyKeepsPersistentChatOffUntilEnabled() throws Exception {
    PrincipalId alice = user("alice");

    boolean before = tx(em -> new SettingsStore(em).effectivePolicy(alice, "Redmond"))
        .enablePersistentChat();
    policy(SettingScope.GLOBAL, true);
    boolean after = tx(em -> new SettingsStore(em).effectivePolicy(alice, "Redmond"))
        .enablePersistentChat();

    assertThat(before).isFalse();
    assertThat(after).isTrue();
  }

  @Test
  default void aGrantedTagWinsOverSiteAndGlobalPolicies() throws Exception {
    // Setup test fixture.
    PrincipalId alice = user("alice");
    PrincipalId bob = user("bob");
    policy(SettingScope.GLOBAL, true);
    policy(SettingScope.site("Redmond"), false);
    policy(SettingScope.tag("Traders"), true);

    // Execute system under test.
    tx(em -> {
      new SettingsStore(em).grantPolicy(alice, "Traders", SYSTEM, NOW);
      return null;
    });

    // Verify results.
    assertThat(tx(em -> new SettingsStore(em).effectivePolicy(alice, "Redmond"))
        .enablePersistentChat()).isTrue();
    assertThat(tx(em -> new SettingsStore(em).effectivePolicy(bob, "Redmond"))
        .enablePersistentChat()).isFalse();
    assertThat(tx(em -> new SettingsStore(em).effectivePolicy(bob, "Dublin"))
        .enablePersistentChat()).isTrue();
  }

  @Test
  default void grantingAnUnknownTagIsRejectedAndRemovingATagDropsItsGrants() throws Exception {
    PrincipalId alice = user("alice");
    policy(SettingScope.tag("Traders"), true);
    tx(em -> {
      new SettingsStore(em).grantPolicy(alice, "Traders", SYSTEM, NOW);
      return null;
    });

    assertThatThrownBy(() -> tx(em -> {
      new SettingsStore(em).grantPolicy(alice, "Nobody", SYSTEM, NOW);
      return null;
    })).isInstanceOf(UnknownPolicyException.class).hasMessageContaining("Nobody");
    tx(em -> new SettingsStore(em).removePolicy(SettingScope.tag("Traders")));

    Optional<String> granted = tx(em -> new SettingsStore(em).grantedPolicy(alice));
    assertThat(granted).isEmpty();
    assertThat(tx(em -> new SettingsStore(em).effectivePolicy(alice, null))
        .enablePersistentChat()).isFalse();
  }
}
