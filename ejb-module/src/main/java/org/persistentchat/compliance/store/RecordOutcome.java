package org.persistentchat.compliance.store;

/** What recording an event did. */
public enum RecordOutcome {
  /** The event is now in mgccomp. */
  RECORDED,
  /** The event was already there: a redelivery after a commit whose acknowledgement was lost. */
  DUPLICATE
}
