package org.persistentchat.compliance.adapter;

/**
 * A compliance adapter: the Java counterpart of Lync's {@code IComplianceAdapter}.
 *
 * <p>The run calls {@link #setConfig} once when the adapter is loaded and {@link #translate} every
 * RunInterval while new events exist. An implementation needs a public no-argument constructor and
 * is found by {@link ComplianceAdapters} through {@link java.util.ServiceLoader}, from the EAR or
 * from a WildFly module.
 */
public interface ComplianceAdapter {

  /** The names this adapter answers to as AdapterType; the class name always matches too. */
  default java.util.Set<String> typeNames() {
    return java.util.Set.of(getClass().getName());
  }

  /**
   * Takes the configuration and checks everything that can be checked before data flows (output
   * directory, stylesheet).
   */
  void setConfig(AdapterConfiguration config) throws ComplianceConfigurationException;

  /**
   * Hands over one batch. Returning normally promises that the batch is durably stored: the run
   * deletes the events afterwards. Anything less must throw.
   */
  void translate(Conversations conversations) throws AdapterException;
}
