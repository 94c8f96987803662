package org.persistentchat.compliance.adapter;

/** The CustomConfiguration XSLT does not compile. */
public class InvalidStylesheetException extends ComplianceConfigurationException {

  public InvalidStylesheetException(String detail, Throwable cause) {
    super("compliance CustomConfiguration is not a usable XSLT stylesheet: " + detail, cause);
  }
}
