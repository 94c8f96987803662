package org.persistentchat.compliance.adapter;

import java.util.List;

/** One or more compliance settings are out of range; every problem is listed at once. */
public class InvalidSettingException extends ComplianceConfigurationException {

  private final List<String> problems;

  public InvalidSettingException(List<String> problems) {
    super("invalid compliance configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
