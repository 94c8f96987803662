package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.adapter.InvalidStylesheetException;
import org.persistentchat.compliance.adapter.UnknownAdapterTypeException;
import org.persistentchat.compliance.adapter.UnwritableOutputDirectoryException;
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.ScopedValues;

/** The check the administration API runs before storing a compliance object. */
class ComplianceConfigurationCheckTest {

  @TempDir
  Path output;

  private final ComplianceConfigurationCheck check = new ComplianceConfigurationCheck();

  private ScopedValues global(ComplianceConfiguration configuration) {
    return new ScopedValues("global", configuration.toSettings());
  }

  private ComplianceConfiguration writingTo(Path directory) {
    return ComplianceConfiguration.DEFAULTS.withOutput(directory.toString(), true, false, false,
        false);
  }

  @Test
  void givenAWorkingObject_whenChecked_thenItPasses() {
    assertThatCode(() -> check.check(global(writingTo(output)))).doesNotThrowAnyException();
  }

  @Test
  void givenAnUnknownAdapterType_whenChecked_thenTheFaultIsAdapterType() {
    ComplianceConfiguration unknown =
        writingTo(output).withAdapter("com.example.NoSuchAdapter", null, null);

    assertThatThrownBy(() -> check.check(global(unknown)))
        .isInstanceOfSatisfying(UnknownAdapterTypeException.class,
            e -> assertThat(e.setting())
                .contains(ComplianceConfiguration.ADAPTER_TYPE));
  }

  @Test
  void givenAnOutputDirectoryThatIsAFile_whenChecked_thenTheFaultIsTheOutputDirectory()
      throws Exception {
    Path file = Files.writeString(output.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> check.check(global(writingTo(file))))
        .isInstanceOfSatisfying(UnwritableOutputDirectoryException.class,
            e -> assertThat(e.setting())
                .contains(ComplianceConfiguration.OUTPUT_DIRECTORY));
  }

  @Test
  void givenAStylesheetThatDoesNotCompile_whenChecked_thenTheFaultIsCustomConfiguration()
      throws Exception {
    Path broken = Files.writeString(output.resolve("broken.xsl"), "<xsl:stylesheet version=\"1.0\""
        + " xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\">"
        + "<xsl:value-of select=\"((\"/></xsl:template></xsl:stylesheet>");
    ComplianceConfiguration styled =
        writingTo(output).withAdapter(ComplianceConfiguration.XML_ADAPTER, null, broken.toString());

    assertThatThrownBy(() -> check.check(global(styled)))
        .isInstanceOfSatisfying(InvalidStylesheetException.class,
            e -> assertThat(e.setting())
                .contains(ComplianceConfiguration.CUSTOM_CONFIGURATION));
  }
}
