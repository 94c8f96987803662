package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.InvalidSettingException;

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
}
