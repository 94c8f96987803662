package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.SIPServerTransaction;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.persistentchat.sip.Header;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.RequestId;
import org.persistentchat.sip.SipConnectorException;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;
import org.persistentchat.sip.UnknownRequestException;
import org.persistentchat.sip.adapter.AdapterConfig;
import org.persistentchat.sip.adapter.log.JBossServerLogger;
import org.persistentchat.sip.adapter.log.JBossStackLogger;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;

/**
 * Owns the JAIN-SIP stack: opens the listening points, turns each new request into a {@link
 * SipRequest} for the {@link InboundHandler}, and sends the responses the application gives.
 *
 * <p>The stack's own threads only convert and hand over; application work runs elsewhere (the
 * resource adapter's WorkManager), so a slow application never stalls the transport.
 */
public final class SipStackService implements SipListener {

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private final AdapterConfig config;
  private final InboundHandler handler;
  private final Map<RequestId, PendingRequest> pending = new ConcurrentHashMap<>();
  private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
  private final AtomicLong sequence = new AtomicLong();
  private final List<ListeningAddress> addresses = new ArrayList<>();

  private SipStackImpl stack;
  private SipProvider provider;
  private MessageFactory messages;
  private HeaderFactory headers;

  public SipStackService(AdapterConfig config, InboundHandler handler) {
    this.config = config;
    this.handler = handler;
  }

  /** Creates the stack and opens every configured listening point; closes them all on failure. */
  public synchronized void start() throws SipException {
    try {
      stack = new SipStackImpl(stackProperties());
      messages = new gov.nist.javax.sip.message.MessageFactoryImpl();
      headers = new gov.nist.javax.sip.header.HeaderFactoryImpl();
      for (Transport transport : List.of(Transport.UDP, Transport.TCP, Transport.TLS)) {
        if (!config.transports().contains(transport)) {
          continue;
        }
        int port = transport == Transport.TLS ? config.tlsPort() : config.port();
        ListeningPoint lp = stack.createListeningPoint(config.bindAddress(), port, transport.token());
        if (provider == null) {
          provider = stack.createSipProvider(lp);
          provider.addSipListener(this);
        } else {
          provider.addListeningPoint(lp);
        }
        addresses.add(new ListeningAddress(transport, config.bindAddress(), port));
      }
      stack.start();
    } catch (SipException | InvalidArgumentException | java.util.TooManyListenersException
        | RuntimeException e) {
      stop();
      throw e instanceof SipException se ? se : new SipException("cannot start the SIP stack", e);
    }
  }

  private Properties stackProperties() {
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", "pchat-" + idPrefix);
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JBossStackLogger.class.getName());
    p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JBossServerLogger.class.getName());
    p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "32");
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    // Our own limit answers 513 (below); the stack's cap only guards memory against bigger ones.
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(config.maxMessageSize() + 65_536));
    p.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
    p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
    if (config.transports().contains(Transport.TLS)) {
      p.setProperty("javax.net.ssl.keyStore", config.keyStore());
      p.setProperty("javax.net.ssl.keyStorePassword", nullToEmpty(config.keyStorePassword()));
      if (config.trustStore() != null) {
        p.setProperty("javax.net.ssl.trustStore", config.trustStore());
        p.setProperty("javax.net.ssl.trustStorePassword", nullToEmpty(config.trustStorePassword()));
      }
      p.setProperty("gov.nist.javax.sip.TLS_SERVER_PROTOCOLS", String.join(",", config.tlsProtocols()));
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", config.tlsProtocols()));
    }
    return p;
  }

  /** Closes every listening point and drops the stack; safe to call more than once. */
  public synchronized void stop() {
    if (stack == null) {
      return;
    }
    if (provider != null) {
      provider.removeSipListener(this);
      try {
        stack.deleteSipProvider(provider);
      } catch (ObjectInUseException e) {
        LOG.stackError("provider still in use while stopping", e);
      }
    }
    Iterator<?> points = stack.getListeningPoints();
    List<ListeningPoint> toDelete = new ArrayList<>();
    while (points.hasNext()) {
      toDelete.add((ListeningPoint) points.next());
    }
    for (ListeningPoint lp : toDelete) {
      try {
        stack.deleteListeningPoint(lp);
      } catch (ObjectInUseException e) {
        LOG.stackError("listening point still in use while stopping: " + lp.getPort(), e);
      }
    }
    stack.stop();
    stack = null;
    provider = null;
    addresses.clear();
    pending.clear();
  }

  public synchronized List<ListeningAddress> listeningAddresses() {
    return List.copyOf(addresses);
  }

  /** How many requests await their final response; for monitoring. */
  public int pendingCount() {
    return pending.size();
  }

  // ---- inbound ----

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    String method = request.getMethod();
    if (Request.ACK.equals(method)) {
      return; // ACKs for non-2xx are absorbed by the stack; 2xx ACKs end an INVITE (no dialogs yet).
    }
    ServerTransaction transaction = event.getServerTransaction();
    if (transaction == null) {
      try {
        transaction = provider.getNewServerTransaction(request);
      } catch (TransactionAlreadyExistsException e) {
        return; // a retransmission: the transaction layer answers it
      } catch (TransactionUnavailableException e) {
        // The stack refuses requests it cannot build a transaction for (e.g. an INVITE without
        // Contact): answer statelessly so the peer learns why.
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        LOG.refused(method, String.valueOf(request.getRequestURI()), Response.BAD_REQUEST, why);
        sendStateless(request, Response.BAD_REQUEST, "Bad Request (" + why + ")");
        return;
      }
    }
    PendingRequest entry = new PendingRequest(transaction, request, newTag());
    RequestId id = new RequestId(idPrefix + sequence.incrementAndGet());
    pending.put(id, entry);

    if (Request.CANCEL.equals(method)) {
      cancel(id, entry);
      return;
    }
    if (Request.INVITE.equals(method)) {
      sendNow(id, entry, SipResponse.status(Response.TRYING).build());
    }
    byte[] body = request.getRawContent();
    if (body != null && body.length > config.maxMessageSize()) {
      LOG.refused(method, String.valueOf(event.getSource()), Response.MESSAGE_TOO_LARGE, "body too large");
      reject(id, Response.MESSAGE_TOO_LARGE, null, List.of());
      return;
    }
    Optional<SipRequest> converted = convert(id, entry, event);
    converted.ifPresent(handler::handle);
  }

  private Optional<SipRequest> convert(RequestId id, PendingRequest entry, RequestEvent event) {
    Request request = entry.request;
    SIPServerTransaction st = (SIPServerTransaction) entry.transaction;
    try {
      FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
      ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
      CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
      CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
      return Optional.of(
          new SipRequest(
              id,
              request.getMethod(),
              SipUri.parse(request.getRequestURI().toString()),
              SipUri.parse(from.getAddress().getURI().toString()),
              nullToEmpty(from.getTag()),
              SipUri.parse(to.getAddress().getURI().toString()),
              Optional.ofNullable(to.getTag()),
              callId.getCallId(),
              cseq.getSeqNumber(),
              headersOf(request),
              request.getRawContent(),
              Transport.of(st.getTransport()),
              new InetSocketAddress(st.getPeerAddress(), st.getPeerPort()),
              Optional.empty()));
    } catch (IllegalArgumentException e) {
      reject(id, 416, "Unsupported URI Scheme", List.of());
      return Optional.empty();
    }
  }

  private static List<Header> headersOf(Request request) {
    List<Header> result = new ArrayList<>();
    ListIterator<?> names = request.getHeaderNames();
    while (names.hasNext()) {
      String name = (String) names.next();
      ListIterator<?> values = request.getHeaders(name);
      while (values.hasNext()) {
        String line = values.next().toString();
        int colon = line.indexOf(':');
        result.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
      }
    }
    return result;
  }

  private void cancel(RequestId cancelId, PendingRequest cancel) {
    SIPServerTransaction invite =
        ((SIPServerTransaction) cancel.transaction).getCanceledInviteTransaction();
    RequestId inviteId = invite == null ? null : idOf(invite);
    if (inviteId == null) {
      reject(cancelId, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, List.of());
      return;
    }
    reject(cancelId, Response.OK, null, List.of());
    reject(inviteId, Response.REQUEST_TERMINATED, null, List.of());
  }

  private RequestId idOf(ServerTransaction transaction) {
    return pending.entrySet().stream()
        .filter(e -> e.getValue().transaction == transaction)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  // ---- responses ----

  /**
   * Sends a response the application gave. A final response given while the request is being
   * delivered is held until {@link #endDelivery}.
   */
  public void respond(RequestId id, SipResponse response) {
    PendingRequest entry = pending.get(id);
    if (entry == null) {
      throw new UnknownRequestException(id);
    }
    if (response.isFinal() && entry.holdIfDelivering(response)) {
      return;
    }
    sendNow(id, entry, response);
  }

  /** Marks the start of the application's delivery of a request. */
  public void beginDelivery(RequestId id) {
    PendingRequest entry = pending.get(id);
    if (entry != null) {
      entry.beginDelivery();
    }
  }

  /**
   * Ends the delivery: sends the held final response if it succeeded, or 500 if it failed or gave
   * no final response.
   */
  public void endDelivery(RequestId id, Throwable failure) {
    PendingRequest entry = pending.get(id);
    if (entry == null) {
      return; // answered and gone (e.g. cancelled), nothing held
    }
    SipResponse held = entry.endDelivery();
    if (failure != null) {
      LOG.deliveryFailed(describe(entry), failure);
      reject(id, Response.SERVER_INTERNAL_ERROR, "Application Error", List.of());
    } else if (held != null) {
      sendNow(id, entry, held);
    } else if (pending.containsKey(id)) {
      LOG.noResponseFromApplication(describe(entry));
      reject(id, Response.SERVER_INTERNAL_ERROR, "No Response From Application", List.of());
    }
  }

  /** Answers a request with an error on the adapter's own account. */
  public void reject(RequestId id, int status, String reason, List<Header> extraHeaders) {
    PendingRequest entry = pending.get(id);
    if (entry == null) {
      return;
    }
    SipResponse.Builder builder = SipResponse.status(status);
    if (reason != null) {
      builder.reason(reason);
    }
    extraHeaders.forEach(h -> builder.header(h.name(), h.value()));
    sendNow(id, entry, builder.build());
  }

  private void sendNow(RequestId id, PendingRequest entry, SipResponse response) {
    try {
      Response sip = messages.createResponse(response.status(), entry.request);
      response.reason().ifPresent(r -> setReason(sip, r));
      ToHeader to = (ToHeader) sip.getHeader(ToHeader.NAME);
      if (to.getTag() == null && response.status() > Response.TRYING) {
        to.setTag(entry.toTag);
      }
      for (Header h : response.headers()) {
        sip.addHeader(headers.createHeader(h.name(), h.value()));
      }
      if (response.contentType().isPresent()) {
        ContentTypeHeader type =
            (ContentTypeHeader) headers.createHeader(ContentTypeHeader.NAME, response.contentType().get());
        sip.setContent(response.body(), type);
      }
      entry.transaction.sendResponse(sip);
    } catch (ParseException e) {
      throw new IllegalArgumentException("invalid response for " + describe(entry) + ": " + e.getMessage(), e);
    } catch (SipException | InvalidArgumentException | RuntimeException e) {
      LOG.responseNotSent(response.status(), describe(entry), e);
      throw new SipConnectorException("could not send " + response + " to " + describe(entry), e);
    } finally {
      if (response.isFinal()) {
        pending.remove(id);
      }
    }
  }

  private void sendStateless(Request request, int status, String reason) {
    try {
      Response sip = messages.createResponse(status, request);
      setReason(sip, reason.replaceAll("[\\r\\n]", " "));
      ToHeader to = (ToHeader) sip.getHeader(ToHeader.NAME);
      if (to != null && to.getTag() == null) {
        to.setTag(newTag());
      }
      provider.sendResponse(sip);
    } catch (ParseException | SipException | RuntimeException e) {
      LOG.responseNotSent(status, request.getMethod() + " " + request.getRequestURI(), e);
    }
  }

  private static void setReason(Response response, String reason) {
    try {
      response.setReasonPhrase(reason);
    } catch (ParseException e) {
      throw new IllegalArgumentException("invalid reason phrase: " + reason, e);
    }
  }

  private static String describe(PendingRequest entry) {
    Request r = entry.request;
    return r.getMethod() + " " + r.getRequestURI() + " (Call-ID "
        + ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId() + ")";
  }

  private static String newTag() {
    return Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---- stack events ----

  @Override
  public void processResponse(ResponseEvent event) {
    // No client transactions yet: outbound requests arrive with the dialog work.
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      forget(event.getServerTransaction());
    }
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.stackError("I/O error towards " + event.getHost() + ":" + event.getPort() + "/"
        + event.getTransport(), null);
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    if (event.isServerTransaction()) {
      forget(event.getServerTransaction());
    }
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // No dialogs are kept yet.
  }

  private void forget(ServerTransaction transaction) {
    pending.values().removeIf(p -> p.transaction == transaction);
  }
}
