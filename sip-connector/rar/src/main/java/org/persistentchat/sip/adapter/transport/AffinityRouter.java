package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.stack.DefaultRouter;
import gov.nist.javax.sip.stack.HopImpl;
import java.net.InetSocketAddress;
import java.util.ListIterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import org.persistentchat.sip.Transport;

/**
 * Sends in-dialog requests of TCP and TLS dialogs back over the connection the dialog came in on
 * (the stack caches incoming connections by their remote address), instead of opening a new one
 * to the Contact: clients behind NAT, and Lync front ends, accept requests only on the connection
 * they opened. Everything else is routed as the RI's default router would.
 *
 * <p>Instantiated by the stack by class name ({@code javax.sip.ROUTER_PATH}).
 */
public final class AffinityRouter implements Router {

  private final DefaultRouter fallback;
  private final Map<String, Hop> byCallId = new ConcurrentHashMap<>();

  public AffinityRouter(SipStack stack, String outboundProxy) {
    this.fallback = new DefaultRouter(stack, outboundProxy);
  }

  void pin(String callId, InetSocketAddress connection, Transport transport) {
    if (transport != Transport.UDP) {
      byCallId.put(callId, new HopImpl(connection.getAddress().getHostAddress(), connection.getPort(),
          transport.token()));
    }
  }

  void unpin(String callId) {
    byCallId.remove(callId);
  }

  @Override
  public Hop getNextHop(Request request) throws SipException {
    CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
    Hop pinned = callId == null ? null : byCallId.get(callId.getCallId());
    return pinned != null ? pinned : fallback.getNextHop(request);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ListIterator getNextHops(Request request) {
    return fallback.getNextHops(request);
  }

  @Override
  public Hop getOutboundProxy() {
    return fallback.getOutboundProxy();
  }
}
