package org.persistentchat.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.persistentchat.xccos.XccosWriter;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.sip.SipUri;

class SessionDeliveryTest {

  private static final ChatMessage MESSAGE = ChatMessage.of(ChannelUri.of("contoso.com", "r1"),
      SipUri.parse("sip:alice@contoso.com"), Instant.parse("2026-03-01T12:00:00Z"), "hi");

  @Test
  void aClientThatNeverAnswersFillsOnlyItsOwnQueueAndIsDropped() {
    // Setup test fixture.
    List<SessionId> lost = new ArrayList<>();
    List<SessionId> sentTo = new ArrayList<>();
    SessionId slow = SessionId.of("slow");
    SessionId fast = SessionId.of("fast");
    SessionSender sender = (session, body) -> {
      sentTo.add(session);
      return session.equals(slow) ? new CompletableFuture<>()
          : CompletableFuture.completedFuture(null);
    };
    SessionDelivery delivery = new SessionDelivery(sender, new XccosWriter(), new EnvelopeIds(1),
        2, Runnable::run, (session, reason) -> lost.add(session));
    delivery.attach(slow);
    delivery.attach(fast);

    // Execute system under test.
    for (int i = 0; i < 5; i++) {
      delivery.deliver(List.of(slow, fast), MESSAGE);
    }

    // Verify results.
    assertThat(lost).containsExactly(slow);
    assertThat(sentTo.stream().filter(fast::equals)).hasSize(5);
    assertThat(delivery.deliver(slow, MESSAGE)).isFalse();
  }

  @Test
  void aFailedSendDropsTheSessionOnce() {
    // Setup test fixture.
    List<String> reasons = new ArrayList<>();
    SessionDelivery delivery = new SessionDelivery(
        (session, body) -> CompletableFuture.failedFuture(new IllegalStateException("481")),
        new XccosWriter(), new EnvelopeIds(1), 8, Runnable::run,
        (session, reason) -> reasons.add(reason));
    SessionId dead = SessionId.of("dead");
    delivery.attach(dead);

    // Execute system under test.
    delivery.deliver(dead, MESSAGE);
    delivery.deliver(dead, MESSAGE);

    // Verify results.
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0)).contains("481");
  }
}
