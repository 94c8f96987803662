package org.persistentchat.compliance.store;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceParticipant;
import org.persistentchat.time.Ticks;

/**
 * Records compliance events in mgccomp, in the caller's transaction (the MDB's, or a test's
 * RESOURCE_LOCAL one).
 *
 * <p>Every event, joins and parts included, becomes one tblComplianceData row carrying the event id
 * the chat service drew ({@code pchatEventGuid}, unique). A redelivered message finds its id
 * there, or in {@code pchatComplianceHandled} once the adapter has written and deleted the row, and
 * is not recorded again (ADR 12). Joins and parts also keep tblComplianceParticipant, Lync's list
 * of who is in which room on which server.
 */
public class ComplianceStore {

  private final EntityManager mgccomp;
  private final Clock clock;

  public ComplianceStore(EntityManager mgccomp, Clock clock) {
    this.mgccomp = Objects.requireNonNull(mgccomp, "mgccomp");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records one event. Flushes, so that a constraint violation surfaces here, inside the
   * delivery, and rolls it back.
   *
   * @param serverId this node's {@code tblServerIdentity.serverID}
   * @param sessionId drawn once per service start; marks participants of this run of the node
   */
  public RecordOutcome record(ComplianceEvent event, int serverId, UUID sessionId) {
    if (alreadyRecorded(event.eventId())) {
      return RecordOutcome.DUPLICATE;
    }
    switch (event.action()) {
      case JOIN -> join(event, serverId, sessionId);
      case PART -> part(event, serverId, sessionId);
      default -> { }
    }
    mgccomp.persist(new ComplianceData(event.eventId(), EventTypes.dataType(event.action()),
        entryDate(), Ticks.of(event.at()), event.channelUri(), event.chatId(), event.userId(),
        event.userUri(), event.content()));
    mgccomp.flush();
    return RecordOutcome.RECORDED;
  }

  private boolean alreadyRecorded(UUID eventId) {
    String id = eventId.toString();
    long pending = ((Number) mgccomp.createNativeQuery(
            "SELECT COUNT(*) FROM tblComplianceData WHERE pchatEventGuid = ?")
        .setParameter(1, id).getSingleResult()).longValue();
    if (pending > 0) {
      return true;
    }
    return ((Number) mgccomp.createNativeQuery(
            "SELECT COUNT(*) FROM pchatComplianceHandled WHERE eventGuid = ?")
        .setParameter(1, id).getSingleResult()).longValue() > 0;
  }

  private void join(ComplianceEvent event, int serverId, UUID sessionId) {
    ComplianceParticipant.Key key = key(event.channelUri(), event.userId(), Ticks.of(event.at()));
    if (mgccomp.find(ComplianceParticipant.class, key) == null) {
      mgccomp.persist(new ComplianceParticipant(event.channelUri(), event.userId(),
          event.userUri(), Ticks.of(event.at()), serverId, sessionId));
    }
  }

  /**
   * Closes the user's latest open participation that began before the part. A part whose join
   * never arrived (recorded before compliance was enabled) still leaves a row, joined and parted
   * at the same instant, so that the participant list stays consistent.
   */
  private void part(ComplianceEvent event, int serverId, UUID sessionId) {
    Ticks at = Ticks.of(event.at());
    List<ComplianceParticipant> open = mgccomp.createQuery(
            "SELECT p FROM ComplianceParticipant p WHERE p.channelUri = :room AND p.userId = :user"
                + " AND p.joinedAt <= :at AND p.partedAt IS NULL ORDER BY p.joinedAt DESC",
            ComplianceParticipant.class)
        .setParameter("room", event.channelUri())
        .setParameter("user", event.userId())
        .setParameter("at", at.value())
        .setMaxResults(1)
        .getResultList();
    if (!open.isEmpty()) {
      open.get(0).part(at);
      return;
    }
    if (mgccomp.find(ComplianceParticipant.class, key(event.channelUri(), event.userId(), at))
        == null) {
      ComplianceParticipant orphanPart = new ComplianceParticipant(event.channelUri(),
          event.userId(), event.userUri(), at, serverId, sessionId);
      orphanPart.part(at);
      mgccomp.persist(orphanPart);
    }
  }

  private LocalDateTime entryDate() {
    // Seconds: H2's TIMESTAMP(0) and SQL Server's smalldatetime keep no fraction.
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
  }

  private static ComplianceParticipant.Key key(String channelUri, int userId, Ticks joinedAt) {
    ComplianceParticipant.Key key = new ComplianceParticipant.Key();
    key.channelUri = channelUri;
    key.userId = userId;
    key.joinedAt = joinedAt.value();
    return key;
  }
}
