package org.persistentchat.compliance.store;

import java.util.List;
import org.persistentchat.compliance.model.ComplianceData;

/**
 * Events read for one adapter run, joins and parts included, in order.
 *
 * @param data tblComplianceData rows, by time and event id
 * @param full whether the read stopped at the batch limit, i.e. more may be waiting
 */
public record Batch(List<ComplianceData> data, boolean full) {

  public Batch {
    data = List.copyOf(data);
  }

  public boolean isEmpty() {
    return data.isEmpty();
  }

  public int size() {
    return data.size();
  }

  /** The highest event id of the batch, or {@code floor} if it holds none. */
  public long lastEventId(long floor) {
    return data.stream().mapToLong(ComplianceData::eventId).reduce(floor, Math::max);
  }
}
