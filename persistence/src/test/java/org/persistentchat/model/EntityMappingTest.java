package org.persistentchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceEventType;
import org.persistentchat.compliance.model.ComplianceParticipant;
import org.persistentchat.compliance.model.ComplianceState;
import org.persistentchat.file.model.FileToken;
import org.persistentchat.pool.model.AdminLock;
import org.persistentchat.pool.model.SystemRevision;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalAffiliation;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.model.PrincipalTypeRecord;
import org.persistentchat.room.model.EnumValueRecord;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoleTypeRecord;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.testing.TestDatabases;
import org.persistentchat.time.Ticks;

/** Every entity maps onto the migrated schema: the static rows read back, new rows round-trip. */
class EntityMappingTest {

  private static EntityManagerFactory mgc;
  private static EntityManagerFactory mgccomp;

  @BeforeAll
  static void databases() {
    mgc = TestDatabases.entityManagerFactory(PersistenceUnits.MGC,
        TestDatabases.migratedH2(PersistenceUnits.MGC));
    mgccomp = TestDatabases.entityManagerFactory(PersistenceUnits.MGCCOMP,
        TestDatabases.migratedH2(PersistenceUnits.MGCCOMP));
  }

  @AfterAll
  static void close() {
    mgc.close();
    mgccomp.close();
  }

  @Test
  void theStaticRowsOfMgcReadBackThroughTheirEntities() {
    EntityManager em = mgc.createEntityManager();

    Node root = em.find(Node.class, 1);
    Principal system = em.find(Principal.class, 1);

    assertThat(root.isCategory()).isTrue();
    assertThat(root.parentId()).isEqualTo(NodeId.ROOT);
    assertThat(system.type()).isEqualTo(PrincipalType.SYSTEM_USER);
    assertThat(em.createQuery("SELECT r FROM RoleTypeRecord r", RoleTypeRecord.class)
        .getResultList()).extracting(RoleTypeRecord::role)
        .containsExactlyInAnyOrder(RoleType.values());
    assertThat(em.createQuery("SELECT t FROM PrincipalTypeRecord t", PrincipalTypeRecord.class)
        .getResultList()).hasSize(PrincipalType.values().length);
    assertThat(em.find(EnumValueRecord.class, 5).value()).isEqualTo("auditorium");
    assertThat(em.find(AdminLock.class, (short) 1).isHeldAt(new Ticks(1))).isFalse();
    assertThat(em.find(SystemRevision.class, (short) 1).revision()).isZero();
    em.close();
  }

  @Test
  void aNewRoomAndPrincipalGetTableGeneratedIdsAndRoundTrip() {
    // Setup test fixture.
    Ticks now = Ticks.of(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    EntityManager em = mgc.createEntityManager();
    em.getTransaction().begin();
    Principal alice = new Principal(UUID.randomUUID(), "sip:alice@contoso.com",
        PrincipalType.USER, "alice", "Alice", 1, now);
    em.persist(alice);
    Node room = Node.newRoom(NodeId.ROOT, "Lobby", "hello", Privacy.OPEN, RoomType.AUDITORIUM,
        1, now);
    em.persist(room);
    em.flush();
    em.persist(new PrincipalAffiliation(alice.id(), alice.id(), -1, 1));
    em.persist(new FileToken("tok-1", alice.id().value(), room.guid(),
        LocalDateTime.of(2026, 1, 1, 0, 30), true));
    em.getTransaction().commit();
    em.clear();

    // Execute system under test.
    Node read = em.find(Node.class, room.id().value());

    // Verify results.
    assertThat(alice.id().value()).isGreaterThan(1);
    assertThat(read.name()).isEqualTo("Lobby");
    assertThat(read.privacy()).isEqualTo(Privacy.OPEN);
    assertThat(read.type()).isEqualTo(RoomType.AUDITORIUM);
    assertThat(read.guid()).isEqualTo(room.guid());
    assertThat(read.addedOn()).isEqualTo(now);
    assertThat(em.find(FileToken.class, "tok-1").roomGuid()).isEqualTo(room.guid());
    assertThat(em.createQuery("SELECT a FROM PrincipalAffiliation a WHERE a.principalId = :p",
        PrincipalAffiliation.class).setParameter("p", alice.id().value()).getResultList())
        .extracting(PrincipalAffiliation::affiliationId).containsExactly(alice.id());
    em.close();
  }

  @Test
  void complianceEventsAndParticipantsRoundTripInMgccomp() {
    EntityManager em = mgccomp.createEntityManager();
    em.getTransaction().begin();
    ComplianceData event = new ComplianceData(UUID.randomUUID(), ComplianceEventType.CHAT,
        LocalDateTime.of(2026, 1, 1, 10, 0), new Ticks(5), "ma-chan://contoso.com/1", 7L, 10,
        "sip:alice@contoso.com", "hello");
    em.persist(event);
    UUID session = UUID.randomUUID();
    em.persist(new ComplianceParticipant("ma-chan://contoso.com/1", 10, "sip:alice@contoso.com",
        new Ticks(4), 1, session));
    em.getTransaction().commit();
    em.clear();

    ComplianceData read = em.find(ComplianceData.class, event.eventId());

    assertThat(read.type()).isEqualTo(ComplianceEventType.CHAT);
    assertThat(read.message()).isEqualTo("hello");
    assertThat(em.find(ComplianceState.class, ComplianceState.SINGLETON_ID).activeServerId())
        .isEqualTo(ComplianceState.NO_SERVER);
    assertThat(em.createQuery("SELECT p FROM ComplianceParticipant p",
        ComplianceParticipant.class).getSingleResult().sessionId()).isEqualTo(session);
    em.close();
  }
}
