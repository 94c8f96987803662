package org.persistentchat.sip.adapter.transport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.ClientTransaction;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.SipOutcome;

/**
 * Outbound requests awaiting their outcome, by client transaction. Each completes exactly once:
 * with the final response, the transaction timeout, or a transport error.
 */
final class ClientRequests {

  /** What is awaited for one client transaction, and the dialog it was sent on (or null). */
  record Awaited(CompletableFuture<SipOutcome> outcome, DialogId dialog, String method) {}

  private final Map<ClientTransaction, Awaited> awaited = new ConcurrentHashMap<>();

  CompletableFuture<SipOutcome> register(ClientTransaction transaction, DialogId dialog, String method) {
    CompletableFuture<SipOutcome> outcome = new CompletableFuture<>();
    awaited.put(transaction, new Awaited(outcome, dialog, method));
    return outcome;
  }

  /** Removes and returns what was awaited on the transaction, or null if it completed already. */
  Awaited take(ClientTransaction transaction) {
    return transaction == null ? null : awaited.remove(transaction);
  }

  /** Fails everything still awaited (the adapter stops). */
  void failAll(SipOutcome outcome) {
    awaited.values().forEach(a -> a.outcome().complete(outcome));
    awaited.clear();
  }
}
