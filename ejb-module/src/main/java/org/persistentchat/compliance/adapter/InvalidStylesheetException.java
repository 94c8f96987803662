package org.persistentchat.compliance.adapter;

import java.util.Optional;
import org.persistentchat.settings.model.ComplianceConfiguration;

/** The CustomConfiguration XSLT does not compile. */
public class InvalidStylesheetException extends ComplianceConfigurationException {

  public InvalidStylesheetException(String detail, Throwable cause) {
    super("compliance CustomConfiguration is not a usable XSLT stylesheet: " + detail, cause);
  }

  @Override
  public Optional<String> setting() {
    return Optional.of(ComplianceConfiguration.CUSTOM_CONFIGURATION);
  }
}
