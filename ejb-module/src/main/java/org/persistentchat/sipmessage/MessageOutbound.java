package org.persistentchat.sipmessage;

import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.Transport;

/** How MESSAGE requests leave this server: the SIP adapter in the container, a peer in tests. */
public interface MessageOutbound {

  /** Sends without blocking on the network; the stage never completes exceptionally. */
  CompletionStage<SipOutcome> send(OutboundRequest request);

  /** The transports this server can send on. */
  Set<Transport> transports();
}
