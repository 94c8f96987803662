package org.persistentchat.compliance.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.Conversations;
import org.persistentchat.compliance.adapter.MessageType;
import org.persistentchat.compliance.model.ComplianceData;
import org.persistentchat.compliance.model.ComplianceEventType;
import org.persistentchat.compliance.store.Batch;
import org.persistentchat.compliance.store.LockAttempt;
import org.persistentchat.time.Ticks;

class ComplianceRunTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:30:00Z");
  private static final int ME = 1;
  private static final int OTHER = 2;

  private final FakeSteps steps = new FakeSteps();
  private final RecordingAdapter adapter = new RecordingAdapter();

  private ComplianceRun run() {
    return new ComplianceRun(steps, adapter,
        new ConversationAssembler(ComplianceDirectory.NONE,
            new ConversationGrouper(Duration.ofMinutes(15))),
        Clock.fixed(NOW, ZoneOffset.UTC), ME, Duration.ofMinutes(30), 100);
  }

  private static ComplianceData chat(String room, String text, Instant at) {
    return new ComplianceData(UUID.randomUUID(), ComplianceEventType.CHAT, LocalDateTime.now(),
        Ticks.of(at), room,
        7L, 42, "sip:alice@example.com", text);
  }

  @Test
  void eventsAreDeletedOnlyAfterTheAdapterTookThem() throws Exception {
    // Setup test fixture.
    Batch batch = new Batch(List.of(chat("ma-chan://p/a", "hi", NOW.minusSeconds(60))),
        false);
    steps.pending.add(batch);

    // Execute system under test.
    RunResult result = run().runOnce();

    // Verify results.
    assertThat(adapter.received).hasSize(1);
    assertThat(steps.completed).containsExactly(batch);
    assertThat(steps.log).containsExactly("acquire", "read", "translate", "complete", "release");
    assertThat(result).isEqualTo(new RunResult(true, 1, 1));
  }

  @Test
  void whenTheAdapterFailsNothingIsDeletedAndTheLockIsReleased() {
    // Setup test fixture.
    steps.pending.add(new Batch(List.of(chat("ma-chan://p/a", "hi", NOW)), false));
    adapter.failWith = new AdapterException("share offline", null);

    // Execute system under test and verify results.
    assertThatThrownBy(() -> run().runOnce()).isSameAs(adapter.failWith);
    assertThat(steps.completed).isEmpty();
    assertThat(steps.log).endsWith("release");
  }

  @Test
  void anotherServersLeaseMeansThisServerDoesNothing() throws Exception {
    // Setup test fixture.
    steps.holder = OTHER;
    steps.pending.add(new Batch(List.of(chat("ma-chan://p/a", "hi", NOW)), false));

    // Execute system under test.
    RunResult result = run().runOnce();

    // Verify results.
    assertThat(result.ran()).isFalse();
    assertThat(steps.log).containsExactly("acquire");
    assertThat(adapter.received).isEmpty();
  }

  @Test
  void aLeaseLostDuringTheAdapterKeepsTheBatch() {
    // Setup test fixture.
    steps.pending.add(new Batch(List.of(chat("ma-chan://p/a", "hi", NOW)), false));
    steps.loseLockBeforeComplete = true;

    // Execute system under test and verify results.
    assertThatThrownBy(() -> run().runOnce()).isInstanceOf(LockLostException.class);
    assertThat(steps.completed).isEmpty();
  }

  @Test
  void aFullBatchIsFollowedByTheNextAfterRenewingTheLease() throws Exception {
    // Setup test fixture.
    steps.pending.add(new Batch(List.of(chat("ma-chan://p/a", "1", NOW)), true));
    steps.pending.add(new Batch(List.of(chat("ma-chan://p/a", "2", NOW)), false));

    // Execute system under test.
    RunResult result = run().runOnce();

    // Verify results.
    assertThat(result.events()).isEqualTo(2);
    assertThat(steps.log).containsExactly("acquire", "read", "translate", "complete", "acquire",
        "read", "translate", "complete", "release");
  }

  @Test
  void joinsAndPartsAreReportedAsTheyHappenBesideTheChats() throws Exception {
    // Given a join and a chat whose author has not left yet
    steps.pending.add(new Batch(List.of(
        row(ComplianceEventType.JOIN, "", NOW.minusSeconds(120)),
        chat("ma-chan://p/a", "hi", NOW.minusSeconds(60))), false));

    // When the adapter runs
    run().runOnce();

    // Then the JOIN is reported now, before the stay ends
    assertThat(adapter.received.get(0).conversations()).singleElement()
        .satisfies(c -> assertThat(c.messages()).extracting(m -> m.type())
            .containsExactly(MessageType.JOIN, MessageType.CHAT));
  }

  private static ComplianceData row(ComplianceEventType type, String text, Instant at) {
    return new ComplianceData(UUID.randomUUID(), type, LocalDateTime.now(), Ticks.of(at),
        "ma-chan://p/a", null, 42, "sip:alice@example.com", text);
  }

  /** Records the order of the steps; the lease is free unless {@link #holder} says otherwise. */
  private final class FakeSteps implements RunSteps {
    final Deque<Batch> pending = new ArrayDeque<>();
    final List<Batch> completed = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    int holder = -1;
    boolean loseLockBeforeComplete;

    @Override
    public LockAttempt acquire(int serverId, Instant now, Duration lease) {
      log.add("acquire");
      boolean free = holder == -1 || holder == serverId;
      if (free) {
        holder = serverId;
      }
      return new LockAttempt(free, holder, Ticks.of(now.plus(lease)));
    }

    @Override
    public Batch read(Instant now, int limit) {
      log.add("read");
      return pending.isEmpty() ? new Batch(List.of(), false) : pending.peek();
    }

    @Override
    public boolean complete(int serverId, Instant now, Batch batch) {
      log.add("complete");
      if (loseLockBeforeComplete) {
        holder = OTHER;
      }
      if (holder != serverId) {
        return false;
      }
      completed.add(pending.remove());
      return true;
    }

    @Override
    public void release(int serverId) {
      log.add("release");
      if (holder == serverId) {
        holder = -1;
      }
    }
  }

  private final class RecordingAdapter implements ComplianceAdapter {
    final List<Conversations> received = new ArrayList<>();
    AdapterException failWith;

    @Override
    public void setConfig(AdapterConfiguration config) {}

    @Override
    public void translate(Conversations conversations) throws AdapterException {
      steps.log.add("translate");
      if (failWith != null) {
        throw failWith;
      }
      received.add(conversations);
    }
  }
}
