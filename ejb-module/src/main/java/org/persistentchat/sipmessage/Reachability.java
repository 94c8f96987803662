package org.persistentchat.sipmessage;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether deliveries to one member are worth trying. After {@value #FAILURES_BEFORE_AWAY}
 * failures in a row the member is away: nothing is sent until the away period ends, then one
 * delivery probes; each failed probe doubles the period, up to {@link #MAX_AWAY}. Any request
 * from the member, or a delivered message, makes it reachable again. Not thread-safe by itself:
 * its channel synchronises.
 */
final class Reachability {

  static final int FAILURES_BEFORE_AWAY = 3;
  static final Duration FIRST_AWAY = Duration.ofSeconds(30);
  static final Duration MAX_AWAY = Duration.ofMinutes(10);

  private int failures;
  private Duration awayFor = Duration.ZERO;
  private Instant awayUntil = Instant.MIN;

  boolean away() {
    return failures >= FAILURES_BEFORE_AWAY;
  }

  /** Whether to try a delivery now: always when reachable, once per away period otherwise. */
  boolean shouldTry(Instant now) {
    if (!away()) {
      return true;
    }
    if (now.isBefore(awayUntil)) {
      return false;
    }
    // Let one probe through; the next ones wait for its outcome's new period.
    awayUntil = now.plus(awayFor);
    return true;
  }

  void delivered() {
    failures = 0;
    awayFor = Duration.ZERO;
    awayUntil = Instant.MIN;
  }

  /** Records a failure; returns true when it made the member away. */
  boolean failed(Instant now) {
    failures++;
    if (failures < FAILURES_BEFORE_AWAY) {
      return false;
    }
    boolean wasAway = !awayFor.isZero();
    awayFor = wasAway ? min(awayFor.multipliedBy(2), MAX_AWAY) : FIRST_AWAY;
    awayUntil = now.plus(awayFor);
    return !wasAway;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
