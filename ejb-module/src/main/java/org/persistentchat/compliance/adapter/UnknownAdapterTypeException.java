package org.persistentchat.compliance.adapter;

import java.util.Collection;

/** No adapter answers to the configured AdapterType. */
public class UnknownAdapterTypeException extends ComplianceConfigurationException {

  public UnknownAdapterTypeException(String adapterType, Collection<String> known) {
    super("unknown compliance AdapterType '" + adapterType + "'; known types: "
        + String.join(", ", known));
  }
}
