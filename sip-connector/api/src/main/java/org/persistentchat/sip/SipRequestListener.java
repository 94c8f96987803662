package org.persistentchat.sip;

/**
 * The message-listener interface of the SIP resource adapter: message-driven beans implement it
 * to receive the requests their activation selects.
 *
 * <p>Contract: the bean answers the request with a final response through a {@link
 * SipConnection} before it returns. A final response given during delivery is sent only after
 * the container has completed the delivery (and committed its transaction); if the delivery
 * fails the adapter sends {@code 500} instead, so a peer never sees success for work that was
 * rolled back. A bean that returns without answering gets a {@code 500} sent on its behalf.
 */
public interface SipRequestListener {

  void onRequest(SipRequest request);
}
