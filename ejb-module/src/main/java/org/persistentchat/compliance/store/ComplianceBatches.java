package org.persistentchat.compliance.store;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceEventType;

/**
 * Reads the events awaiting the adapter and deletes them once the adapter has them safely.
 *
 * <p>Rows are not filtered by {@code lastProcessedEntryID}: event ids come from per-server blocks
 * (allocation size 50), so a smaller id can commit after a larger one was processed. Presence in
 * the table is what marks an event as unprocessed; the high-water mark is kept for Lync's
 * reporting queries only.
 */
public class ComplianceBatches {

  /**
   * How long the id of a written event is remembered after its row is deleted. A message can be
   * redelivered after its row was written only when a crash left the delivery's transaction in
   * doubt; recovery settles that within minutes of the restart, so a week is ample.
   */
  public static final Duration HANDLED_RETENTION = Duration.ofDays(7);

  private final EntityManager mgccomp;

  public ComplianceBatches(EntityManager mgccomp) {
    this.mgccomp = Objects.requireNonNull(mgccomp, "mgccomp");
  }

  /**
   * Up to {@code limit} rows whose entryDate has come (provisional file events wait with a
   * far-future date), oldest first.
   */
  public Batch read(Instant now, int limit) {
    List<ComplianceData> data = mgccomp.createQuery(
            "SELECT d FROM ComplianceData d WHERE d.entryDate <= :now"
                + " ORDER BY d.time, d.eventId", ComplianceData.class)
        .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .setMaxResults(limit + 1)
        .getResultList();
    boolean full = data.size() > limit;
    return new Batch(full ? data.subList(0, limit) : data, full);
  }

  /**
   * Deletes exactly the rows of the batch (rows that arrived meanwhile stay), remembers their
   * event ids, and drops the participations that the batch's parts closed.
   */
  public void delete(Batch batch, Instant now) {
    LocalDateTime handledAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS);
    for (ComplianceData row : batch.data()) {
      mgccomp.createQuery("DELETE FROM ComplianceData d WHERE d.eventId = :id")
          .setParameter("id", row.eventId())
          .executeUpdate();
      mgccomp.createNativeQuery(
              "INSERT INTO pchatComplianceHandled (eventGuid, handledAt) VALUES (?, ?)")
          .setParameter(1, row.eventGuid().toString())
          .setParameter(2, handledAt)
          .executeUpdate();
      if (row.type() == ComplianceEventType.PART) {
        mgccomp.createQuery("DELETE FROM ComplianceParticipant p WHERE p.channelUri = :room"
                + " AND p.userId = :user AND p.partedAt = :parted")
            .setParameter("room", row.channelUri())
            .setParameter("user", row.userId())
            .setParameter("parted", row.time())
            .executeUpdate();
      }
    }
    mgccomp.createNativeQuery("DELETE FROM pchatComplianceHandled WHERE handledAt < ?")
        .setParameter(1, handledAt.minus(HANDLED_RETENTION))
        .executeUpdate();
  }
}
