package org.persistentchat.session;

import java.util.concurrent.CompletionStage;

/**
 * The outbound port: how the chat core hands one XCCOS body to a session's client. The SIP layer
 * implements it by sending an in-dialog INFO ({@code Content-Type: text/plain}) on the dialog the
 * session id names.
 *
 * <p>The call must not block on the network. The returned stage completes normally when the
 * client answered 2xx, and exceptionally when the dialog is gone (481, 487, any non-2xx), the
 * transaction timed out, or the dialog id is unknown; the core then drops the session and parts
 * its rooms. Stages must support {@code toCompletableFuture()} (any {@code CompletableFuture}
 * does). The core never has more than one body in flight per session, so a session's bodies
 * arrive in the order they were queued.
 */
public interface SessionSender {

  CompletionStage<Void> send(SessionId session, byte[] xccosBody);
}
