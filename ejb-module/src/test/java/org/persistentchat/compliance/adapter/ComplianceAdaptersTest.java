package org.persistentchat.compliance.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.xml.XmlComplianceAdapter;

class ComplianceAdaptersTest {

  @TempDir
  Path output;

  private final ComplianceAdapters adapters = new ComplianceAdapters(
      List.of(XmlComplianceAdapter::new), ComplianceAdaptersTest.class.getClassLoader());

  @Test
  void theDefaultAdapterTypeLoadsTheXmlAdapter() throws Exception {
    // Execute system under test.
    ComplianceAdapter adapter = adapters.load(AdapterConfiguration.defaults(output));

    // Verify results.
    assertThat(adapter).isInstanceOf(XmlComplianceAdapter.class);
  }

  @Test
  void lyncsOwnXmlAdapterTypeNameStillSelectsTheXmlAdapter() throws Exception {
    // Execute system under test.
    ComplianceAdapter adapter = adapters.load(AdapterConfiguration.defaults(output)
        .withAdapterType(XmlComplianceAdapter.LYNC_TYPE_NAME));

    // Verify results.
    assertThat(adapter).isInstanceOf(XmlComplianceAdapter.class);
  }

  @Test
  void anUnknownAdapterTypeIsRejectedWithTheKnownTypes() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> adapters.load(AdapterConfiguration.defaults(output)
        .withAdapterType("Contoso.Archiver,contoso")))
        .isInstanceOf(UnknownAdapterTypeException.class)
        .hasMessageContaining("'Contoso.Archiver,contoso'")
        .hasMessageContaining("XmlAdapter");
  }

  @Test
  void theLoadedAdapterHasAlreadyCheckedItsConfiguration() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> adapters.load(
        AdapterConfiguration.defaults(output.resolve("missing"))))
        .isInstanceOf(UnwritableOutputDirectoryException.class);
  }

  @Test
  void aRunIntervalOutsideOneMinuteToThirtyDaysIsRefused() {
    // Execute system under test and verify results.
    assertThatThrownBy(() -> AdapterConfiguration.defaults(output)
        .withRunInterval(java.time.Duration.ofSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RunInterval");
    assertThat(AdapterConfiguration.defaults(output)
        .withRunInterval(java.time.Duration.ofDays(30)).runInterval())
        .isEqualTo(java.time.Duration.ofDays(30));
  }
}
