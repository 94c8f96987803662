package org.persistentchat.compliance.adapter;

import java.util.Collection;
import java.util.Optional;
import org.persistentchat.settings.model.ComplianceConfiguration;

/** No adapter answers to the configured AdapterType. */
public class UnknownAdapterTypeException extends ComplianceConfigurationException {

  public UnknownAdapterTypeException(String adapterType, Collection<String> known) {
    super("unknown compliance AdapterType '" + adapterType + "'; known types: "
        + String.join(", ", known));
  }

  @Override
  public Optional<String> setting() {
    return Optional.of(ComplianceConfiguration.ADAPTER_TYPE);
  }
}
