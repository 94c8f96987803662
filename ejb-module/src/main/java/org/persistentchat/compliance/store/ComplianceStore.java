package org.persistentchat.compliance.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceParticipant;
import org.persistentchat.time.Ticks;

/**
 * Records compliance events in mgccomp, in the caller's transaction ({@code ComplianceWrite}'s,
 * or a test's RESOURCE_LOCAL one).
 *
 * <p>Every event, joins and parts included, becomes one tblComplianceData row carrying the event id
 * the chat service drew ({@code pchatEventGuid}, unique). A redelivered message finds its id
 * there, or in {@code pchatComplianceHandled} once the adapter has written and deleted the row, and
 * is not recorded again (ADR 12). Joins and parts also keep tblComplianceParticipant, Lync's list
 * of who is in which room on which server.
 */
public class ComplianceStore {

  /** Ids per duplicate query: far below SQL Server's 2,100 parameters of one statement. */
  private static final int IDS_PER_QUERY = 500;

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
    return recordAll(List.of(event), serverId, sessionId).get(0);
  }

  /**
   * Records the events in their order, in one flush: one compliance message's batch. An event id
   * already in mgccomp, or met earlier in the same batch, is recorded once.
   *
   * @return the outcome of each event, in the order given
   */
  public List<RecordOutcome> recordAll(List<ComplianceEvent> events, int serverId,
      UUID sessionId) {
    Set<UUID> seen = recorded(events);
    List<RecordOutcome> outcomes = new ArrayList<>(events.size());
    for (ComplianceEvent event : events) {
      if (!seen.add(event.eventId())) {
        outcomes.add(RecordOutcome.DUPLICATE);
        continue;
      }
      switch (event.action()) {
        case JOIN -> join(event, serverId, sessionId);
        case PART -> part(event, serverId, sessionId);
        default -> { }
      }
      mgccomp.persist(new ComplianceData(event.eventId(), EventTypes.dataType(event.action()),
          entryDate(), Ticks.of(event.at()), event.channelUri(), event.chatId(), event.userId(),
          event.userUri(), event.content()));
      outcomes.add(RecordOutcome.RECORDED);
    }
    mgccomp.flush();
    return outcomes;
  }

  /**
   * Which of the events' ids mgccomp holds already, waiting for the adapter or handled by it: two
   * queries per batch rather than two per event.
   */
  private Set<UUID> recorded(List<ComplianceEvent> events) {
    Set<UUID> found = new HashSet<>();
    for (int from = 0; from < events.size(); from += IDS_PER_QUERY) {
      List<String> ids = events.subList(from, Math.min(events.size(), from + IDS_PER_QUERY))
          .stream().map(e -> e.eventId().toString()).toList();
      found.addAll(ids(mgccomp.createNativeQuery(
          "SELECT pchatEventGuid FROM tblComplianceData WHERE pchatEventGuid IN ("
              + placeholders(ids.size()) + ")"), ids));
      found.addAll(ids(mgccomp.createNativeQuery(
          "SELECT eventGuid FROM pchatComplianceHandled WHERE eventGuid IN ("
              + placeholders(ids.size()) + ")"), ids));
    }
    return found;
  }

  private static List<UUID> ids(Query query, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    // Fixed-width columns may come back padded (SQL Server nchar).
    return ((List<?>) query.getResultList()).stream()
        .map(id -> UUID.fromString(id.toString().trim())).toList();
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
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
