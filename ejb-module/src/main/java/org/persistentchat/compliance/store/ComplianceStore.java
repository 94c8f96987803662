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
 * <p>Idempotency: mgccomp as published has no column for our event id, so a redelivered event is
 * recognised by its natural key instead: type, time (100 ns ticks), room, user and chat id. Two
 * genuine events never share all five. The key only reaches rows not yet handed to the adapter;
 * the schema change that closes this gap is described in the compliance ADR.
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
    RecordOutcome outcome = switch (event.action()) {
      case JOIN -> join(event, serverId, sessionId);
      case PART -> part(event, serverId, sessionId);
      default -> data(event);
    };
    mgccomp.flush();
    return outcome;
  }

  private RecordOutcome data(ComplianceEvent event) {
    Ticks time = Ticks.of(event.at());
    int type = EventTypes.dataType(event.action()).code();
    boolean noChat = event.chatId() == null;
    var query = mgccomp.createNativeQuery(
            "SELECT COUNT(*) FROM tblComplianceData WHERE cmplType = ? AND cmplTime = ?"
                + " AND cmplChannelUri = ? AND cmplUserID = ?"
                + (noChat ? " AND cmplChatID IS NULL" : " AND cmplChatID = ?"))
        .setParameter(1, type)
        .setParameter(2, time.value())
        .setParameter(3, event.channelUri())
        .setParameter(4, event.userId());
    if (!noChat) {
      query.setParameter(5, event.chatId());
    }
    long existing = ((Number) query.getSingleResult()).longValue();
    if (existing > 0) {
      return RecordOutcome.DUPLICATE;
    }
    mgccomp.persist(new ComplianceData(EventTypes.dataType(event.action()), entryDate(), time,
        event.channelUri(), event.chatId(), event.userId(), event.userUri(), event.content()));
    return RecordOutcome.RECORDED;
  }

  private RecordOutcome join(ComplianceEvent event, int serverId, UUID sessionId) {
    ComplianceParticipant.Key key = key(event.channelUri(), event.userId(), Ticks.of(event.at()));
    if (mgccomp.find(ComplianceParticipant.class, key) != null) {
      return RecordOutcome.DUPLICATE;
    }
    mgccomp.persist(new ComplianceParticipant(event.channelUri(), event.userId(), event.userUri(),
        Ticks.of(event.at()), serverId, sessionId));
    return RecordOutcome.RECORDED;
  }

  /**
   * Closes the user's latest open participation that began before the part. A part whose join
   * never arrived (recorded before compliance was enabled) still leaves a row, joined and parted
   * at the same instant, so that the leave is not lost.
   */
  private RecordOutcome part(ComplianceEvent event, int serverId, UUID sessionId) {
    Ticks at = Ticks.of(event.at());
    List<ComplianceParticipant> rows = mgccomp.createQuery(
            "SELECT p FROM ComplianceParticipant p WHERE p.channelUri = :room AND p.userId = :user"
                + " AND p.joinedAt <= :at ORDER BY p.joinedAt DESC", ComplianceParticipant.class)
        .setParameter("room", event.channelUri())
        .setParameter("user", event.userId())
        .setParameter("at", at.value())
        .getResultList();
    for (ComplianceParticipant row : rows) {
      if (row.partedAt().isEmpty()) {
        row.part(at);
        return RecordOutcome.RECORDED;
      }
      if (row.partedAt().get().equals(at)) {
        return RecordOutcome.DUPLICATE;
      }
    }
    ComplianceParticipant orphanPart = new ComplianceParticipant(event.channelUri(),
        event.userId(), event.userUri(), at, serverId, sessionId);
    orphanPart.part(at);
    mgccomp.persist(orphanPart);
    return RecordOutcome.RECORDED;
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
