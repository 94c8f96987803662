package org.persistentchat.sip.adapter;

import jakarta.resource.spi.ResourceAdapterInternalException;
import java.util.List;

/** The adapter's configuration has problems; the message lists every one of them. */
public class InvalidConfigurationException extends ResourceAdapterInternalException {

  private final List<String> problems;

  public InvalidConfigurationException(List<String> problems) {
    super("PCHAT01900: Invalid SIP resource adapter configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
