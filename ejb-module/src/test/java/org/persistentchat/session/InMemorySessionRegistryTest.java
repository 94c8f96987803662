package org.persistentchat.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.persistentchat.session.SessionRegistry.Change;

class InMemorySessionRegistryTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final RoomKey ROOM = new RoomKey(7, "ma-chan://contoso.com/r7");

  @Test
  void aUserIsPresentWhileAnyOfItsSessionsIsJoined() {
    // Setup test fixture.
    SessionRegistry registry = new InMemorySessionRegistry();
    SessionId laptop = SessionId.of("laptop");
    SessionId phone = SessionId.of("phone");
    registry.open(laptop, "sip:alice@contoso.com", 10, T0);
    registry.open(phone, "sip:alice@contoso.com", 10, T0);

    // Execute system under test and verify results.
    assertThat(registry.join(laptop, ROOM)).isEqualTo(Change.USER_PRESENCE);
    assertThat(registry.join(phone, ROOM)).isEqualTo(Change.SESSION_ONLY);
    assertThat(registry.join(phone, ROOM)).isEqualTo(Change.UNCHANGED);
    assertThat(registry.usersIn(ROOM)).containsExactly("sip:alice@contoso.com");
    assertThat(registry.part(laptop, ROOM)).isEqualTo(Change.SESSION_ONLY);
    assertThat(registry.part(phone, ROOM)).isEqualTo(Change.USER_PRESENCE);
    assertThat(registry.sessionsIn(ROOM)).isEmpty();
  }

  @Test
  void idleSessionsAreThoseWithoutRecentActivity() {
    // Setup test fixture.
    SessionRegistry registry = new InMemorySessionRegistry();
    registry.open(SessionId.of("quiet"), "sip:a@contoso.com", 1, T0);
    registry.open(SessionId.of("busy"), "sip:b@contoso.com", 2, T0);

    // Execute system under test.
    registry.touch(SessionId.of("busy"), T0.plusSeconds(600));

    // Verify results.
    assertThat(registry.idleSince(T0.plusSeconds(300))).containsExactly(SessionId.of("quiet"));
    assertThat(registry.close(SessionId.of("quiet"))).isPresent();
    assertThat(registry.find(SessionId.of("quiet"))).isEmpty();
  }

  @Test
  void givenSessionsInRooms_whenCounted_thenEveryJoinOfEverySessionCounts() {
    SessionRegistry registry = new InMemorySessionRegistry();
    RoomKey other = new RoomKey(8, "ma-chan://contoso.com/r8");
    registry.open(SessionId.of("laptop"), "sip:alice@contoso.com", 10, T0);
    registry.open(SessionId.of("phone"), "sip:alice@contoso.com", 10, T0);
    registry.open(SessionId.of("idle"), "sip:bob@contoso.com", 11, T0);
    registry.join(SessionId.of("laptop"), ROOM);
    registry.join(SessionId.of("laptop"), other);
    registry.join(SessionId.of("phone"), ROOM);

    assertThat(registry.occupancy()).isEqualTo(new SessionRegistry.Occupancy(3, 3));
    registry.close(SessionId.of("laptop"));
    assertThat(registry.occupancy()).isEqualTo(new SessionRegistry.Occupancy(2, 1));
  }
}
