package org.persistentchat.sipmessage.server;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.Transport;
import org.persistentchat.sipmessage.MessageOutbound;

/** Sends MESSAGE requests outside any dialog through the SIP adapter. */
final class AdapterOutbound implements MessageOutbound {

  private final SipConnectionFactory sip;
  private final Set<Transport> transports;

  AdapterOutbound(SipConnectionFactory sip) {
    this.sip = sip;
    Set<Transport> listening = EnumSet.noneOf(Transport.class);
    for (ListeningAddress address : sip.listeningAddresses()) {
      listening.add(address.transport());
    }
    this.transports = Set.copyOf(listening);
  }

  @Override
  public CompletionStage<SipOutcome> send(OutboundRequest request) {
    try (SipConnection connection = sip.getConnection()) {
      return connection.send(request);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(
          SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, e.toString()));
    }
  }

  @Override
  public Set<Transport> transports() {
    return transports;
  }
}
