package org.persistentchat.sip.adapter.transport;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import org.persistentchat.sip.SipResponse;

/**
 * A request whose final response has not been sent. While a transacted delivery is in progress
 * a final response is held back, so that it goes out only after the container committed; a
 * delivery without a transaction has nothing to wait for, and its responses leave at once.
 */
final class PendingRequest {

  final ServerTransaction transaction;
  final Request request;
  final String toTag;
  /** The session interval agreed for an INVITE or UPDATE (RFC 4028), or 0. */
  volatile int sessionInterval;
  /** The dialog an in-dialog request belongs to, or null. */
  volatile ServerDialog dialog;
  private boolean delivering;
  private SipResponse heldFinal;

  PendingRequest(ServerTransaction transaction, Request request, String toTag) {
    this.transaction = transaction;
    this.request = request;
    this.toTag = toTag;
  }

  synchronized void beginDelivery(boolean holdFinalResponse) {
    delivering = holdFinalResponse;
  }

  /**
   * Holds a final response while delivering.
   *
   * @return true if held, false if it should be sent now
   * @throws IllegalStateException if a final response is already held
   */
  synchronized boolean holdIfDelivering(SipResponse response) {
    if (!delivering) {
      return false;
    }
    if (heldFinal != null) {
      throw new IllegalStateException("a final response was already given: " + heldFinal);
    }
    heldFinal = response;
    return true;
  }

  /** Ends the delivery and hands back the held final response, or null. */
  synchronized SipResponse endDelivery() {
    delivering = false;
    SipResponse held = heldFinal;
    heldFinal = null;
    return held;
  }
}
