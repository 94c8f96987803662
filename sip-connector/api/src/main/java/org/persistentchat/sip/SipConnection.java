package org.persistentchat.sip;

import java.util.concurrent.CompletionStage;

/**
 * A handle on the adapter's SIP stack. Cheap: obtain one per use and close it.
 *
 * <p>Not thread-safe; get one per thread.
 */
public interface SipConnection extends AutoCloseable {

  /**
   * Sends a response to an inbound request.
   *
   * @throws UnknownRequestException if the request has had its final response or timed out
   * @throws SipConnectorException if the adapter cannot send
   */
  void respond(RequestId request, SipResponse response);

  /**
   * Sends a request inside a dialog the adapter keeps (INFO, MESSAGE, UPDATE, NOTIFY, BYE). The
   * dialog supplies the addresses, route set and CSeq; a BYE ends the dialog. Callable from any
   * thread; never blocks on the network.
   *
   * @return completes with the final response, or with a timeout, transport error or {@link
   *     SipOutcome.Kind#NO_SUCH_DIALOG}; never completes exceptionally
   */
  CompletionStage<SipOutcome> send(DialogId dialog, OutboundRequest request);

  /**
   * Sends a request outside any dialog (MESSAGE, OPTIONS) to {@link OutboundRequest#to()}.
   *
   * @throws IllegalArgumentException if the request names no target or no From
   * @return completes with the final response, or with a timeout or transport error
   */
  CompletionStage<SipOutcome> send(OutboundRequest request);

  @Override
  void close();
}
