package org.persistentchat.compliance.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.time.Ticks;

/**
 * Reads the events awaiting the adapter and deletes them once the adapter has them safely.
 *
 * <p>Rows are not filtered by {@code lastProcessedEntryID}: event ids come from per-server blocks
 * (allocation size 50), so a smaller id can commit after a larger one was processed. Presence in
 * the table is what marks an event as unprocessed; the high-water mark is kept for Lync's
 * reporting queries only.
 */
public class ComplianceBatches {

  private final EntityManager mgccomp;

  public ComplianceBatches(EntityManager mgccomp) {
    this.mgccomp = Objects.requireNonNull(mgccomp, "mgccomp");
  }

  /**
   * Up to {@code limit} data rows whose entryDate has come (provisional file events wait with a
   * far-future date), oldest first, and every participation that has ended by {@code now}.
   */
  public Batch read(Instant now, int limit) {
    List<ComplianceData> data = mgccomp.createQuery(
            "SELECT d FROM ComplianceData d WHERE d.entryDate <= :now"
                + " ORDER BY d.time, d.eventId", ComplianceData.class)
        .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .setMaxResults(limit + 1)
        .getResultList();
    boolean full = data.size() > limit;
    // Native: the entity does not expose userUri, which the PART/JOIN messages need.
    List<Participation> parted = ((List<?>) mgccomp.createNativeQuery(
            "SELECT channelUri, userId, userUri, joinedAt, partedAt FROM tblComplianceParticipant"
                + " WHERE partedAt IS NOT NULL AND partedAt <= ? ORDER BY joinedAt, channelUri,"
                + " userId")
        .setParameter(1, Ticks.of(now).value())
        .getResultList())
        .stream().map(r -> Participation.of((Object[]) r)).toList();
    return new Batch(full ? data.subList(0, limit) : data, parted, full);
  }

  /** Deletes exactly the rows of the batch; rows that arrived meanwhile stay. */
  public void delete(Batch batch) {
    for (ComplianceData row : batch.data()) {
      mgccomp.createQuery("DELETE FROM ComplianceData d WHERE d.eventId = :id")
          .setParameter("id", row.eventId())
          .executeUpdate();
    }
    for (Participation row : batch.participations()) {
      mgccomp.createQuery("DELETE FROM ComplianceParticipant p WHERE p.channelUri = :room"
              + " AND p.userId = :user AND p.joinedAt = :joined AND p.partedAt IS NOT NULL")
          .setParameter("room", row.channelUri())
          .setParameter("user", row.userId())
          .setParameter("joined", row.joinedAt().value())
          .executeUpdate();
    }
  }
}
