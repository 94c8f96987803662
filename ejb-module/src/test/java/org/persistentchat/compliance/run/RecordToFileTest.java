package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.store.ComplianceStore;
import org.persistentchat.compliance.store.H2Database;
import org.persistentchat.compliance.xml.ConversationsSchema;
import org.persistentchat.compliance.xml.XmlComplianceAdapter;

/** From recorded events to files on disk, on H2 with the real XML adapter. */
class RecordToFileTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:30:00Z");
  private static final String ROOM = "ma-chan://pool.example.com/room-1";

  @TempDir
  Path output;

  private H2Database db;

  @BeforeEach
  void migrate() {
    db = H2Database.create();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void record(ComplianceAction action, Instant at, Long chatId, String content) {
    ComplianceEvent event = new ComplianceEvent(UUID.randomUUID(), action, at, ROOM, 17, chatId,
        42, "sip:alice@example.com", content);
    db.inTransaction(em -> new ComplianceStore(em, Clock.fixed(NOW, ZoneOffset.UTC))
        .record(event, 1, UUID.randomUUID()));
  }

  private ComplianceRun run(XmlComplianceAdapter adapter) {
    return new ComplianceRun(new LocalRunSteps(db), adapter,
        new ConversationAssembler(ComplianceDirectory.NONE,
            new ConversationGrouper(Duration.ofMinutes(15))),
        Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), 1, Duration.ofMinutes(30), 100);
  }

  private void recordAStay() {
    record(ComplianceAction.JOIN, NOW.minusSeconds(300), null, "");
    record(ComplianceAction.CHAT, NOW.minusSeconds(200), 1001L, "hello");
    record(ComplianceAction.FILE_UPLOAD, NOW.minusSeconds(100), null, "report.pdf");
    record(ComplianceAction.PART, NOW.minusSeconds(10), null, "");
  }

  @Test
  void recordedEventsEndUpInOneValidFileAndLeaveMgccomp() throws Exception {
    // Setup test fixture.
    recordAStay();
    XmlComplianceAdapter adapter = new XmlComplianceAdapter();
    adapter.setConfig(AdapterConfiguration.defaults(output));

    // Execute system under test.
    RunResult result = run(adapter).runOnce();

    // Verify results.
    assertThat(result.events()).isEqualTo(4);
    try (Stream<Path> files = Files.list(output)) {
      Path file = files.filter(f -> f.toString().endsWith(".xml")).findFirst().orElseThrow();
      ConversationsSchema.validate(Files.readAllBytes(file));
      assertThat(Files.readString(file)).contains("type=\"JOIN\"", "type=\"CHAT\"",
          "type=\"FILEUPLOAD\"", "type=\"PART\"", "content=\"hello\"");
    }
    assertThat(db.count("tblComplianceData")).isZero();
    assertThat(db.count("tblComplianceParticipant")).isZero();
  }

  @Test
  void whenTheFileCannotBeWrittenEveryEventStaysForTheNextRun() throws Exception {
    // Setup test fixture: the share disappears after the configuration was checked.
    recordAStay();
    Path share = Files.createDirectory(output.resolve("share"));
    XmlComplianceAdapter adapter = new XmlComplianceAdapter();
    adapter.setConfig(AdapterConfiguration.defaults(share));
    Files.delete(share);

    // Execute system under test.
    assertThatThrownBy(() -> run(adapter).runOnce()).isInstanceOf(AdapterException.class);

    // Verify results.
    assertThat(db.count("tblComplianceData")).isEqualTo(4);
    assertThat(db.count("tblComplianceParticipant")).isEqualTo(1);
    Files.createDirectory(share);
    assertThat(run(adapter).runOnce().events()).isEqualTo(4);
    assertThat(db.count("tblComplianceData")).isZero();
  }

  @Test
  void aServerThatDoesNotHoldTheLockLeavesEverythingInPlace() throws Exception {
    // Setup test fixture.
    recordAStay();
    new LocalRunSteps(db).acquire(2, NOW, Duration.ofHours(1));
    XmlComplianceAdapter adapter = new XmlComplianceAdapter();
    adapter.setConfig(AdapterConfiguration.defaults(output));

    // Execute system under test.
    RunResult result = run(adapter).runOnce();

    // Verify results.
    assertThat(result.ran()).isFalse();
    assertThat(db.count("tblComplianceData")).isEqualTo(4);
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files).isEmpty();
    }
  }
}
