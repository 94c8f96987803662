package org.persistentchat.compliance.store;

import java.util.List;
import org.persistentchat.compliance.model.ComplianceData;

/**
 * Events read for one adapter run: data rows in order, and the completed participations (joined
 * and parted) whose JOIN and PART are reported now.
 *
 * @param data tblComplianceData rows, by time and event id
 * @param participations tblComplianceParticipant rows with a part time
 * @param full whether the read stopped at the batch limit, i.e. more may be waiting
 */
public record Batch(List<ComplianceData> data, List<Participation> participations,
    boolean full) {

  public Batch {
    data = List.copyOf(data);
    participations = List.copyOf(participations);
  }

  public boolean isEmpty() {
    return data.isEmpty() && participations.isEmpty();
  }

  public int size() {
    return data.size() + 2 * participations.size();
  }

  /** The highest event id of the batch, or {@code floor} if it holds none. */
  public long lastEventId(long floor) {
    return data.stream().mapToLong(ComplianceData::eventId).reduce(floor, Math::max);
  }
}
