package org.persistentchat.sip.adapter.transport;

import org.persistentchat.sip.SipRequest;

/** Receives each new inbound request once the stack has opened its server transaction. */
public interface InboundHandler {

  /**
   * Takes charge of a request. It must end in a final response, sent either through {@link
   * SipStackService#respond} or by {@link SipStackService#endDelivery}.
   */
  void handle(SipRequest request);
}
