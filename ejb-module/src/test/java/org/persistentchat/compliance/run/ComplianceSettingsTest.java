package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.InvalidSettingException;
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.ScopedValues;

class ComplianceSettingsTest {

  @TempDir
  Path dataDir;

  @Test
  void withNothingSetTheDefaultsOfLyncApply() throws Exception {
    // Execute system under test.
    AdapterConfiguration config = ComplianceSettings.read(key -> null, dataDir);

    // Verify results.
    assertThat(config).isEqualTo(AdapterConfiguration.defaults(dataDir));
    assertThat(config.runInterval()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void everySettingIsRead() throws Exception {
    // Setup test fixture.
    Path xslt = Files.writeString(dataDir.resolve("map.xsl"), "<xsl:stylesheet/>");
    Map<String, String> props = Map.of(
        ComplianceSettings.ADAPTER_TYPE, "Contoso.Archiver",
        ComplianceSettings.OUTPUT_DIRECTORY, "/srv/compliance",
        ComplianceSettings.RUN_INTERVAL, "PT1M",
        ComplianceSettings.ONE_ROOM_PER_FILE, "true",
        ComplianceSettings.ROOM_DETAILS, "yes",
        ComplianceSettings.USER_DETAILS, "1",
        ComplianceSettings.ATTACHMENTS_MANIFEST, "TRUE",
        ComplianceSettings.CUSTOM_CONFIGURATION, xslt.toString());

    // Execute system under test.
    AdapterConfiguration config = ComplianceSettings.read(props::get, dataDir);

    // Verify results.
    assertThat(config.adapterType()).isEqualTo("Contoso.Archiver");
    assertThat(config.outputDirectory()).isEqualTo(Path.of("/srv/compliance"));
    assertThat(config.runInterval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.oneChatRoomPerOutputFile()).isTrue();
    assertThat(config.addChatRoomDetails()).isTrue();
    assertThat(config.addUserDetails()).isTrue();
    assertThat(config.createFileAttachmentsManifest()).isTrue();
    assertThat(config.customConfiguration()).contains("<xsl:stylesheet/>");
  }

  @Test
  void everyBadSettingIsReportedAtOnce() {
    // Setup test fixture.
    Map<String, String> props = Map.of(
        ComplianceSettings.RUN_INTERVAL, "P31D",
        ComplianceSettings.USER_DETAILS, "maybe",
        ComplianceSettings.CUSTOM_CONFIGURATION, dataDir.resolve("missing.xsl").toString());

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceSettings.read(props::get, dataDir))
        .isInstanceOfSatisfying(InvalidSettingException.class, e ->
            assertThat(e.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("PT744H is outside PT1M to PT720H"))
                .anySatisfy(p -> assertThat(p).contains("'maybe' is not true or false"))
                .anySatisfy(p -> assertThat(p).contains("missing.xsl")));
  }

  @Test
  void anIntervalThatIsNoDurationIsNamedInTheProblem() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceSettings.read(
        Map.of(ComplianceSettings.RUN_INTERVAL, "15 minutes")::get, dataDir))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("'15 minutes' is not an ISO-8601 duration");
  }

  @Test
  void anIntervalBelowOneMinuteIsRefused() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceSettings.read(
        Map.of(ComplianceSettings.RUN_INTERVAL, "PT59S")::get, dataDir))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("PT59S is outside");
  }

  @Test
  void givenAStoredObjectAndServerProperties_whenRead_thenTheObjectWinsAndPropertiesFillOnlyWhatItLeavesUnset()
      throws Exception {
    // Setup test fixture: the object sets type, interval and options but no directory or XSLT.
    Path xslt = Files.writeString(dataDir.resolve("map.xsl"), "<xsl:stylesheet/>");
    ScopedValues stored = new ScopedValues("service:PersistentChatServer:pool.contoso.com",
        ComplianceConfiguration.DEFAULTS.withRunInterval(Duration.ofHours(1))
            .withOutput(null, true, false, true, false).toSettings());
    Map<String, String> props = Map.of(
        ComplianceSettings.ADAPTER_TYPE, "Contoso.Archiver",
        ComplianceSettings.RUN_INTERVAL, "PT1M",
        ComplianceSettings.ONE_ROOM_PER_FILE, "false",
        ComplianceSettings.ROOM_DETAILS, "true",
        ComplianceSettings.OUTPUT_DIRECTORY, "/srv/compliance",
        ComplianceSettings.CUSTOM_CONFIGURATION, xslt.toString());

    // Execute system under test.
    AdapterConfiguration config =
        ComplianceSettings.read(props::get, Optional.of(stored), dataDir);

    // Verify results.
    assertThat(config.adapterType()).isEqualTo(ComplianceConfiguration.XML_ADAPTER);
    assertThat(config.runInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(config.oneChatRoomPerOutputFile()).isTrue();
    assertThat(config.addChatRoomDetails()).as("stored false beats a property").isFalse();
    assertThat(config.addUserDetails()).isTrue();
    assertThat(config.outputDirectory()).isEqualTo(Path.of("/srv/compliance"));
    assertThat(config.customConfiguration()).contains("<xsl:stylesheet/>");
  }

  @Test
  void givenAStoredObjectWithEverySetting_whenRead_thenNoPropertyIsUsed() throws Exception {
    // Setup test fixture.
    Path xslt = Files.writeString(dataDir.resolve("stored.xsl"), "<stored/>");
    ScopedValues stored = new ScopedValues("global", ComplianceConfiguration.DEFAULTS
        .withOutput(dataDir.toString(), false, true, false, true)
        .withAdapter("Contoso.Stored", "Archive", xslt.toString()).toSettings());
    Map<String, String> props = Map.of(
        ComplianceSettings.ADAPTER_TYPE, "Contoso.FromProperty",
        ComplianceSettings.OUTPUT_DIRECTORY, "/srv/elsewhere",
        ComplianceSettings.RUN_INTERVAL, "PT1M",
        ComplianceSettings.CUSTOM_CONFIGURATION, "/no/such.xsl");

    // Execute system under test.
    AdapterConfiguration config =
        ComplianceSettings.read(props::get, Optional.of(stored), Path.of("/unused"));

    // Verify results.
    assertThat(config).isEqualTo(new AdapterConfiguration("Contoso.Stored", dataDir,
        Duration.ofMinutes(15), false, true, false, true, Optional.of("<stored/>")));
  }

  @Test
  void givenAStoredValueThatCannotWork_whenRead_thenTheProblemNamesTheSettingAndItsScope()
      throws Exception {
    // Setup test fixture: values the API refuses, as an import or an older server stored them.
    ScopedValues stored = new ScopedValues("site:Redmond", Map.of(
        ComplianceConfiguration.RUN_INTERVAL, "PT10S",
        ComplianceConfiguration.CUSTOM_CONFIGURATION, dataDir.resolve("gone.xsl").toString()));

    // Execute system under test and verify results.
    assertThatThrownBy(() -> ComplianceSettings.read(key -> null, Optional.of(stored), dataDir))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
          assertThat(e.settings()).containsExactly(ComplianceConfiguration.RUN_INTERVAL,
              ComplianceConfiguration.CUSTOM_CONFIGURATION);
          assertThat(e.setting()).contains(ComplianceConfiguration.RUN_INTERVAL);
          assertThat(e.getMessage()).contains("RunInterval of site:Redmond PT10S is outside")
              .contains("CustomConfiguration of site:Redmond");
        });
  }
}
