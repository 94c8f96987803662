package org.persistentchat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.RequestId;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipResponse;

class InfoBurstTest {

  private final DialogId dialog = new DialogId("call-1", "to-tag", "from-tag");
  private final ExecutorService peer = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopPeer() {
    peer.shutdownNow();
  }

  @Test
  void sendsEveryInfoWithinTheWindowAndReportsTheRateInTheBye() {
    // given a peer that answers each INFO 200 a moment later
    AnsweringPeer sip = new AnsweringPeer(SipOutcome.response(200, "OK"));

    // when
    InfoBurst.Result result = new InfoBurst(500, 8).run(sip, dialog);

    // then
    assertThat(result.completed()).isEqualTo(500);
    assertThat(result.failed()).isZero();
    assertThat(sip.methods.stream().filter("INFO"::equals)).hasSize(500);
    assertThat(sip.mostInFlight.get()).isBetween(1, 8);
    assertThat(sip.methods.get(sip.methods.size() - 1)).isEqualTo("BYE");
    assertThat(sip.byeResult).startsWith("completed=500; failed=0; millis=");
  }

  @Test
  void stopsAtTheFirstFailureAndStillEndsTheDialog() {
    // given a peer that no longer knows the dialog
    AnsweringPeer sip = new AnsweringPeer(SipOutcome.response(481, "Call/Transaction Does Not Exist"));

    // when
    InfoBurst.Result result = new InfoBurst(1000, 4).run(sip, dialog);

    // then
    assertThat(result.completed()).isZero();
    assertThat(result.failed()).isBetween(1, 4 + 1);
    assertThat(sip.methods).hasSizeLessThan(1000).endsWith("BYE");
  }

  @Test
  void refusesCountsAndWindowsOutsideTheirRange() {
    assertThatThrownBy(() -> InfoBurst.of("0", "")).hasMessageContaining("X-Bench-Infos must be");
    assertThatThrownBy(() -> InfoBurst.of("10", "5000")).hasMessageContaining("X-Bench-Window must be");
    assertThatThrownBy(() -> InfoBurst.of("ten", "")).hasMessageContaining("must be numbers");
    assertThat(InfoBurst.of(" 10 ", "")).isEqualTo(new InfoBurst(10, InfoBurst.DEFAULT_WINDOW));
  }

  /** Stands in for the adapter and the far end: answers every request on another thread. */
  private final class AnsweringPeer implements SipConnectionFactory {
    final List<String> methods = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final SipOutcome answer;
    volatile String byeResult;

    AnsweringPeer(SipOutcome answer) {
      this.answer = answer;
    }

    @Override
    public SipConnection getConnection() {
      return new SipConnection() {
        @Override
        public void respond(RequestId request, SipResponse response) {
          throw new UnsupportedOperationException("no inbound requests here");
        }

        @Override
        public CompletionStage<SipOutcome> send(DialogId id, OutboundRequest request) {
          assertThat(id).isEqualTo(dialog);
          methods.add(request.method());
          if (request.method().equals("BYE")) {
            byeResult = request.headers().get(0).value();
            return CompletableFuture.completedFuture(SipOutcome.response(200, "OK"));
          }
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          return CompletableFuture.supplyAsync(() -> {
            inFlight.decrementAndGet();
            return answer;
          }, peer);
        }

        @Override
        public CompletionStage<SipOutcome> send(OutboundRequest request) {
          throw new UnsupportedOperationException("in-dialog only");
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public List<ListeningAddress> listeningAddresses() {
      return List.of();
    }

    @Override
    public void setReference(Reference reference) {}

    @Override
    public Reference getReference() {
      return null;
    }
  }
}
