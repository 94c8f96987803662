package org.persistentchat.chat.sip;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionSender;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipOutcome;

/**
 * Delivers XCCOS bodies to clients as in-dialog INFO requests ({@code text/plain}, as SIPE
 * expects). Any outcome but a 2xx means the client is gone.
 */
public final class SipSessionSender implements SessionSender {

  private final SipConnectionFactory sip;

  public SipSessionSender(SipConnectionFactory sip) {
    this.sip = sip;
  }

  @Override
  public CompletionStage<Void> send(SessionId session, byte[] xccosBody) {
    OutboundRequest info = OutboundRequest.method("INFO").body("text/plain", xccosBody).build();
    CompletionStage<SipOutcome> outcome;
    try (SipConnection connection = sip.getConnection()) {
      outcome = connection.send(DialogSessions.dialogOf(session), info);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return outcome.toCompletableFuture().thenApply(o -> {
      if (o.kind() == SipOutcome.Kind.RESPONSE && o.status() >= 200 && o.status() < 300) {
        return null;
      }
      throw new DialogGoneException(o);
    });
  }
}
