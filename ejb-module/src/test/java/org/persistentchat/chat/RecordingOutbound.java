package org.persistentchat.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.Transport;
import org.persistentchat.sipmessage.MessageOutbound;

/** Records every MESSAGE the front end sends and answers each with a chosen outcome. */
final class RecordingOutbound implements MessageOutbound {

  private final List<OutboundRequest> sent = new ArrayList<>();
  private SipOutcome outcome = SipOutcome.response(200, "OK");

  @Override
  public synchronized CompletionStage<SipOutcome> send(OutboundRequest request) {
    sent.add(request);
    return CompletableFuture.completedFuture(outcome);
  }

  @Override
  public Set<Transport> transports() {
    return Set.of(Transport.UDP, Transport.TCP);
  }

  synchronized void answerWith(SipOutcome next) {
    outcome = next;
  }

  /** Requests sent to the target URI, in order. */
  synchronized List<OutboundRequest> to(String target) {
    return sent.stream().filter(r -> r.to().map(Object::toString).orElse("").equals(target))
        .toList();
  }

  synchronized List<String> bodiesTo(String target) {
    return to(target).stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).toList();
  }

  synchronized void clear() {
    sent.clear();
  }
}
