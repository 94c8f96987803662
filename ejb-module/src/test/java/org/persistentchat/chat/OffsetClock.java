package org.persistentchat.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that runs with a base clock, plus however far a test moved it ahead. */
final class OffsetClock extends Clock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  OffsetClock(Clock base) {
    this.base = base;
  }

  void advance(Duration by) {
    offset = offset.plus(by);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
