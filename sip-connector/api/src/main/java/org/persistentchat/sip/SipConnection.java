package org.persistentchat.sip;

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

  @Override
  void close();
}
