package org.persistentchat.compliance.adapter;

import java.nio.file.Path;
import java.util.Optional;
import org.persistentchat.settings.model.ComplianceConfiguration;

/** The adapter's output directory is missing, not a directory, or not writable by the server. */
public class UnwritableOutputDirectoryException extends ComplianceConfigurationException {

  public UnwritableOutputDirectoryException(Path directory, String reason) {
    super("compliance output directory " + directory.toAbsolutePath() + " " + reason);
  }

  public UnwritableOutputDirectoryException(Path directory, String reason, Throwable cause) {
    super("compliance output directory " + directory.toAbsolutePath() + " " + reason, cause);
  }

  @Override
  public Optional<String> setting() {
    return Optional.of(ComplianceConfiguration.OUTPUT_DIRECTORY);
  }
}
