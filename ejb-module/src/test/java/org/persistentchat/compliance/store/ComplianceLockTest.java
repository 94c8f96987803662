package org.persistentchat.compliance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplianceLockTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(30);

  private H2Database db;

  @BeforeEach
  void migrate() {
    db = H2Database.create();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private LockAttempt acquire(int server, Instant at) {
    return db.inTransaction(em -> new ComplianceLock(em).tryAcquire(server, at, LEASE));
  }

  @Test
  void aFreeLockGoesToTheFirstServerThatAsks() {
    // Execute system under test.
    LockAttempt attempt = acquire(1, NOW);

    // Verify results.
    assertThat(attempt.acquired()).isTrue();
    assertThat(attempt.holder()).isEqualTo(1);
  }

  @Test
  void anotherServerCannotTakeAnUnexpiredLease() {
    // Setup test fixture.
    acquire(1, NOW);

    // Execute system under test.
    LockAttempt attempt = acquire(2, NOW.plus(Duration.ofMinutes(29)));

    // Verify results.
    assertThat(attempt.acquired()).isFalse();
    assertThat(attempt.holder()).isEqualTo(1);
    assertThat(attempt.expires().toInstant()).isEqualTo(NOW.plus(LEASE));
  }

  @Test
  void anExpiredLeaseOfADeadServerIsTakenOver() {
    // Setup test fixture.
    acquire(1, NOW);

    // Execute system under test.
    LockAttempt attempt = acquire(2, NOW.plus(LEASE).plusSeconds(1));

    // Verify results.
    assertThat(attempt.acquired()).isTrue();
    assertThat(attempt.holder()).isEqualTo(2);
  }

  @Test
  void theHolderRenewsItsOwnLease() {
    // Setup test fixture.
    acquire(1, NOW);

    // Execute system under test.
    LockAttempt renewed = acquire(1, NOW.plus(Duration.ofMinutes(20)));

    // Verify results.
    assertThat(renewed.acquired()).isTrue();
    assertThat(renewed.expires().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(50)));
  }

  @Test
  void onlyTheHolderCanReleaseTheLease() {
    // Setup test fixture.
    acquire(1, NOW);

    // Execute system under test.
    db.inTransaction(em -> {
      new ComplianceLock(em).release(2);
      return null;
    });

    // Verify results.
    assertThat(acquire(2, NOW).acquired()).isFalse();
    db.inTransaction(em -> {
      new ComplianceLock(em).release(1);
      return null;
    });
    assertThat(acquire(2, NOW).acquired()).isTrue();
  }

  @Test
  void theHighWaterMarkAdvancesOnlyUnderAValidLeaseAndNeverBackwards() {
    // Setup test fixture.
    acquire(1, NOW);

    // Execute system under test.
    boolean advanced = db.inTransaction(em -> new ComplianceLock(em).advance(1, NOW, 120));
    boolean backwards = db.inTransaction(em -> new ComplianceLock(em).advance(1, NOW, 80));
    boolean lost = db.inTransaction(em -> new ComplianceLock(em).advance(2, NOW, 500));
    boolean expired = db.inTransaction(em ->
        new ComplianceLock(em).advance(1, NOW.plus(LEASE).plusSeconds(1), 500));

    // Verify results.
    assertThat(advanced).isTrue();
    assertThat(backwards).isTrue();
    assertThat(lost).isFalse();
    assertThat(expired).isFalse();
    assertThat(db.<Long>inTransaction(em -> new ComplianceLock(em).lastProcessedEntryId()))
        .isEqualTo(120L);
  }

  @Test
  void ofServersRacingForAFreeLockExactlyOneWins() throws Exception {
    // Setup test fixture.
    int servers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(servers);
    try {
      List<Callable<LockAttempt>> racers = new java.util.ArrayList<>();
      for (int server = 1; server <= servers; server++) {
        int id = server;
        racers.add(() -> {
          start.await();
          return acquire(id, NOW);
        });
      }
      List<Future<LockAttempt>> futures = racers.stream().map(pool::submit).toList();

      // Execute system under test.
      start.countDown();

      // Verify results.
      List<LockAttempt> attempts = new java.util.ArrayList<>();
      for (Future<LockAttempt> f : futures) {
        attempts.add(f.get());
      }
      assertThat(attempts).filteredOn(LockAttempt::acquired).hasSize(1);
      int winner = attempts.stream().filter(LockAttempt::acquired).findFirst().orElseThrow()
          .holder();
      assertThat(attempts).filteredOn(a -> !a.acquired())
          .allSatisfy(a -> assertThat(a.holder()).isEqualTo(winner));
    } finally {
      pool.shutdownNow();
    }
  }
}
