package org.persistentchat.compliance.adapter;

import java.util.List;
import java.util.Optional;

/** One or more compliance settings are out of range; every problem is listed at once. */
public class InvalidSettingException extends ComplianceConfigurationException {

  private final List<String> problems;

  private final List<String> settings;

  public InvalidSettingException(List<String> problems) {
    this(problems, List.of());
  }

  /** @param settings the Lync names of the settings at fault, first problem first */
  public InvalidSettingException(List<String> problems, List<String> settings) {
    super("invalid compliance configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
    this.settings = List.copyOf(settings);
  }

  /** The first setting at fault. */
  @Override
  public Optional<String> setting() {
    return settings.stream().findFirst();
  }

  /** Every setting at fault, in the order of {@link #problems()}. */
  public List<String> settings() {
    return settings;
  }

  public List<String> problems() {
    return problems;
  }
}
