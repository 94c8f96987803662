package org.persistentchat.compliance;

/**
 * The one way the chat service reports an event for compliance. Implementations record the event
 * in the caller's transaction: if the chat write rolls back, so does its compliance record.
 */
public interface ComplianceRecorder {

  void record(ComplianceEvent event);
}
