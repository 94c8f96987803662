package org.persistentchat.chat;

import java.util.ArrayList;
import java.util.List;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceRecorder;

/** Keeps every compliance event in memory. */
final class RecordingCompliance implements ComplianceRecorder {

  private final List<ComplianceEvent> events = new ArrayList<>();

  @Override
  public synchronized void record(ComplianceEvent event) {
    events.add(event);
  }

  synchronized List<ComplianceAction> actions() {
    return events.stream().map(ComplianceEvent::action).toList();
  }

  synchronized List<ComplianceEvent> events() {
    return List.copyOf(events);
  }
}
