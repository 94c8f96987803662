package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.EventScanner;
import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipListenerExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.SIPDialog;
import gov.nist.javax.sip.stack.SIPServerTransaction;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Timer;
import java.util.TimerTask;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
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
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.URI;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.persistentchat.sip.DialogEndReason;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.Header;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipOutcome;
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
public final class SipStackService implements SipListenerExt {

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private static final long SWEEP_MILLIS = 500;
  /**
   * How many 500 ms ticks the stack retransmits an unacknowledged 2xx to INVITE before it reports
   * the missing ACK (RFC 3261 §13.3.1.4: 64*T1). A system property, not an adapter setting,
   * because only tests have a reason to shorten it.
   */
  public static final String ACK_TIMEOUT_TICKS = "org.persistentchat.sip.ackTimeoutTicks";

  private static final int DEFAULT_ACK_TIMEOUT_TICKS = 64;

  private static final Pattern FIRST_SIP_URI = Pattern.compile("(?i)<?\\s*(sips?:[^>,\\s]+)");

  private final AdapterConfig config;
  private final InboundHandler handler;
  private final DialogEvents dialogEvents;
  private final Map<DialogId, ServerDialog> dialogs = new ConcurrentHashMap<>();
  private final ClientRequests clientRequests = new ClientRequests();
  private final SessionTimer sessionTimer;
  private final PeerRateLimiter rateLimiter;
  private final Map<RequestId, PendingRequest> pending = new ConcurrentHashMap<>();
  private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
  private final AtomicLong sequence = new AtomicLong();
  private final List<ListeningAddress> addresses = new ArrayList<>();

  private SipStackImpl stack;
  private int ackTimeoutTicks = DEFAULT_ACK_TIMEOUT_TICKS;
  private SipProvider provider;
  private MessageFactory messages;
  private HeaderFactory headers;
  private AddressFactory addressFactory;
  private AffinityRouter router;
  private TimerTask sweeper;

  public SipStackService(AdapterConfig config, InboundHandler handler, DialogEvents dialogEvents) {
    this.config = config;
    this.handler = handler;
    this.dialogEvents = dialogEvents;
    this.sessionTimer = new SessionTimer(config.sessionExpires(), config.minSessionExpires());
    this.rateLimiter = new PeerRateLimiter(config.maxRequestsPerSecondPerPeer());
  }

  /**
   * Creates the stack and opens every configured listening point; closes them all on failure.
   *
   * @param timer the adapter's timer (from the BootstrapContext), for expiring idle dialogs
   */
  public synchronized void start(Timer timer) throws SipException {
    try {
      stack = new SipStackImpl(stackProperties());
      router = (AffinityRouter) stack.getRouter();
      messages = new gov.nist.javax.sip.message.MessageFactoryImpl();
      headers = new gov.nist.javax.sip.header.HeaderFactoryImpl();
      addressFactory = new gov.nist.javax.sip.address.AddressFactoryImpl();
      for (Transport transport : List.of(Transport.UDP, Transport.TCP, Transport.TLS)) {
        if (!config.transports().contains(transport)) {
          continue;
        }
        int port = transport == Transport.TLS ? config.tlsPort() : config.port();
        ListeningPoint lp = stack.createListeningPoint(config.bindAddress(), port, transport.token());
        lp.setSentBy(config.advertisedHost() + ":" + port); // the Via of what we send
        if (provider == null) {
          provider = stack.createSipProvider(lp);
          provider.addSipListener(this);
        } else {
          provider.addListeningPoint(lp);
        }
        addresses.add(new ListeningAddress(transport, config.bindAddress(), port));
      }
      stack.start();
      sweeper = new TimerTask() {
        @Override
        public void run() {
          sweep();
        }
      };
      timer.schedule(sweeper, SWEEP_MILLIS, SWEEP_MILLIS);
    } catch (SipException | InvalidArgumentException | java.util.TooManyListenersException
        | ParseException | RuntimeException e) {
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
    p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", LoggingMessageParserFactory.class.getName());
    p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", BoundedUdpProcessorFactory.class.getName());
    // Threads that read and parse datagrams and run this listener (application work runs on the
    // WorkManager, so a few suffice), and the datagrams that may wait for them; more are dropped,
    // and so are those that waited too long. See BoundedUdpMessageProcessor.
    p.setProperty(BoundedUdpProcessorFactory.THREADS, Integer.toString(config.udpThreads()));
    p.setProperty(BoundedUdpProcessorFactory.QUEUE_CAPACITY, Integer.toString(config.udpQueueCapacity()));
    // Our own limit answers 513 (below); the stack's cap only guards memory against bigger ones.
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(config.maxMessageSize() + 65_536));
    p.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
    p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
    p.setProperty("javax.sip.ROUTER_PATH", AffinityRouter.class.getName());
    // No congestion auditor (its timer thread would be one more to stop): the adapter's limits
    // answer overload with 503, and BoundedUdpMessageProcessor bounds its queue itself.
    p.setProperty("gov.nist.javax.sip.CONGESTION_CONTROL_TIMEOUT", "0");
    // The RI honours this only for a SipListenerExt, which then owns the end of the dialog.
    ackTimeoutTicks = ackTimeoutTicks();
    p.setProperty("gov.nist.javax.sip.DIALOG_TIMEOUT_FACTOR", Integer.toString(ackTimeoutTicks));
    if (config.transports().contains(Transport.TLS)) {
      // What the RI 1.3.0-91 reads (SipStackImpl, SslNetworkLayer): javax.net.ssl.* from the stack
      // properties, not from the JVM's system properties, so each adapter has its own stores.
      p.setProperty("javax.net.ssl.keyStore", config.keyStore());
      p.setProperty("javax.net.ssl.keyStorePassword", nullToEmpty(config.keyStorePassword()));
      if (config.trustStore() != null) {
        p.setProperty("javax.net.ssl.trustStore", config.trustStore());
        p.setProperty("javax.net.ssl.trustStorePassword", nullToEmpty(config.trustStorePassword()));
      }
      // 1.3.0-91 has no TLS_SERVER_PROTOCOLS: TLS_CLIENT_PROTOCOLS sets the protocols of the
      // listening socket (TLSMessageProcessor) as well as of outgoing connections.
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", config.tlsProtocols()));
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", config.tlsClientAuth());
      // The RI's built-in cipher list is from 2011 (no TLS 1.3 suites): use the JDK's defaults.
      p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",", jdkCipherSuites()));
    }
    return p;
  }

  private static int ackTimeoutTicks() {
    String value = System.getProperty(ACK_TIMEOUT_TICKS);
    if (value == null) {
      return DEFAULT_ACK_TIMEOUT_TICKS;
    }
    try {
      int ticks = Integer.parseInt(value.trim());
      if (ticks > 0) {
        return ticks;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException(ACK_TIMEOUT_TICKS + " must be a positive number of ticks, not '" + value + "'");
  }

  private static List<String> jdkCipherSuites() {
    try {
      return List.of(SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no default TLS context", e);
    }
  }

  /** Closes every listening point and drops the stack; safe to call more than once. */
  public synchronized void stop() {
    if (sweeper != null) {
      sweeper.cancel();
      sweeper = null;
    }
    if (stack == null) {
      return;
    }
    if (!dialogs.isEmpty()) {
      LOG.dialogsDroppedAtStop(dialogs.size());
    }
    if (provider != null) {
      provider.removeSipListener(this);
      try {
        stack.deleteSipProvider(provider);
      } catch (ObjectInUseException e) {
        LOG.stackError("provider still in use while stopping", e);
      } catch (RuntimeException e) {
        // Carry on, so the listening points and the stack are released too.
        LOG.stackError("error while closing the SIP provider", e);
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
      } catch (ObjectInUseException | RuntimeException e) {
        LOG.stackError("could not close listening point " + lp.getPort() + " while stopping", e);
      }
    }
    EventScanner scanner = stack.getEventScanner();
    try {
      stack.stop();
    } catch (RuntimeException e) {
      LOG.stackError("error while stopping the SIP stack", e);
    }
    releaseEventScanner(scanner, stack);
    stack = null;
    provider = null;
    addresses.clear();
    pending.clear();
    dialogs.clear();
    clientRequests.failAll(SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, "the SIP adapter stopped"));
  }

  /**
   * Ends the RI's event scanner thread, which the stack starts in its constructor even for a
   * re-entrant listener (that never queues an event to it). The RI's stop only raises a flag the
   * thread reads after its next event, so the thread would wait for ever in its queue, and being
   * a thread it would keep the stack, this adapter's class loader (its context class loader) and
   * with that the whole deployment alive: one leaked deployment per undeploy. One event that no
   * listener receives (by now the stack has none: it was removed above, or never added) wakes it
   * to see the flag and return.
   */
  private static void releaseEventScanner(EventScanner scanner, SipStackImpl stoppedStack) {
    if (scanner == null) {
      return;
    }
    scanner.forceStop(); // the stack's stop does too, unless it failed before reaching that
    scanner.addEvent(new EventWrapper(new IOExceptionEvent(stoppedStack, "", 0, ""), null));
  }

  public synchronized List<ListeningAddress> listeningAddresses() {
    return List.copyOf(addresses);
  }

  /** How many dialogs are open; for monitoring. */
  public int dialogCount() {
    return dialogs.size();
  }

  /**
   * How many dialogs the SIP stack itself still keeps open; for monitoring. Once ends have settled
   * it matches {@link #dialogCount()}: a larger figure is a dialog the stack was never told to drop.
   * Terminated dialogs are not counted: the stack holds those a few seconds more before it forgets
   * them.
   */
  public int stackDialogCount() {
    SipStackImpl s = stack;
    return s == null ? 0 : (int) s.getDialogs().stream()
        .filter(d -> d.getState() != DialogState.TERMINATED).count();
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
      // ACKs for non-2xx are absorbed by the transaction; a 2xx ACK confirms our dialog, whose
      // JAIN-SIP side stops retransmitting the 2xx.
      ServerDialog acked = dialogs.get(inDialogId(request));
      if (acked != null) {
        acked.acknowledge();
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (event.getServerTransaction() != null) {
          acked.ackArrived(event.getServerTransaction(), cseq).ifPresent(ack -> confirmAck(acked, ack));
        }
      }
      return;
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
    SIPServerTransaction st = (SIPServerTransaction) transaction;
    InetSocketAddress remote = new InetSocketAddress(st.getPeerAddress(), st.getPeerPort());

    Transport transport = Transport.of(st.getTransport());
    List<String> certificate = PeerCertificates.identities(transaction);
    boolean trusted = transport == Transport.TLS
        ? config.trust().trustsCertificate(certificate)
        : transport == Transport.TCP && config.trust().trustsAddress(remote.getAddress());
    // A trusted front end carries every user's traffic from one address: the per-peer limit,
    // meant for single clients, would throttle the whole pool. The concurrency limit still holds.
    if (!trusted && !rateLimiter.tryAcquire(remote.getAddress())) {
      LOG.peerRateLimited(remote.toString(), config.maxRequestsPerSecondPerPeer(), method);
      reject(id, Response.SERVICE_UNAVAILABLE, "Too Many Requests From This Peer",
          List.of(new Header("Retry-After", Integer.toString(config.retryAfterSeconds()))));
      return;
    }
    if (Request.CANCEL.equals(method)) {
      cancel(id, entry);
      return;
    }
    Optional<String> assertion = Optional.ofNullable(request.getHeader("P-Asserted-Identity"))
        .map(h -> h.toString().substring(h.toString().indexOf(':') + 1).trim());
    if (assertion.isPresent() && transport == Transport.TLS && !trusted) {
      // On the trusted-peer (mutual TLS) port an assertion from an unknown peer is an attack,
      // not a mistake: refuse rather than silently falling back to From.
      LOG.untrustedAssertion(remote.toString(), certificate.isEmpty() ? "none" : certificate.get(0),
          assertion.get(), method);
      reject(id, Response.FORBIDDEN, "Identity Assertion Not Trusted", List.of());
      return;
    }

    String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
    if (toTag != null) {
      ServerDialog dialog = dialogs.get(inDialogId(request));
      if (dialog == null) {
        LOG.unknownDialog(method, remote.toString());
        reject(id, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, List.of());
        return;
      }
      dialog.touch();
      entry.dialog = dialog;
    }
    if (Request.INVITE.equals(method) || Request.UPDATE.equals(method)) {
      OptionalInt interval = sessionTimer.negotiate(request);
      if (interval.isEmpty()) {
        LOG.sessionIntervalTooSmall(method, remote.toString(),
            SessionTimer.seconds(request, SessionTimer.SESSION_EXPIRES).orElse(0), sessionTimer.minimum());
        reject(id, 422, "Session Interval Too Small",
            List.of(new Header(SessionTimer.MIN_SE, Integer.toString(sessionTimer.minimum()))));
        return;
      }
      entry.sessionInterval = interval.getAsInt();
    }
    if (Request.INVITE.equals(method)) {
      sendNow(id, entry, SipResponse.status(Response.TRYING).build());
    }
    byte[] body = request.getRawContent();
    if (body != null && body.length > config.maxMessageSize()) {
      LOG.refused(method, remote.toString(), Response.MESSAGE_TOO_LARGE, "body too large");
      reject(id, Response.MESSAGE_TOO_LARGE, null, List.of());
      return;
    }
    Optional<SipRequest> converted =
        convert(id, entry, transport, remote, certificate, trusted, assertion);
    converted.ifPresent(handler::handle);
  }

  /** The id of the dialog an in-dialog request names, seen from our side. */
  private static DialogId inDialogId(Request request) {
    return new DialogId(
        ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
        nullToEmpty(((ToHeader) request.getHeader(ToHeader.NAME)).getTag()),
        nullToEmpty(((FromHeader) request.getHeader(FromHeader.NAME)).getTag()));
  }

  private Optional<SipRequest> convert(RequestId id, PendingRequest entry, Transport transport,
      InetSocketAddress remote, List<String> certificate, boolean trusted, Optional<String> assertion) {
    Request request = entry.request;
    try {
      FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
      ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
      CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
      CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
      SipUri fromUri = SipUri.parse(from.getAddress().getURI().toString());
      SipUri asserted = trusted ? assertion.flatMap(SipStackService::firstSipUri).orElse(fromUri) : fromUri;
      return Optional.of(
          new SipRequest(
              id,
              request.getMethod(),
              SipUri.parse(request.getRequestURI().toString()),
              fromUri,
              nullToEmpty(from.getTag()),
              SipUri.parse(to.getAddress().getURI().toString()),
              Optional.ofNullable(to.getTag()),
              callId.getCallId(),
              cseq.getSeqNumber(),
              headersOf(request),
              request.getRawContent(),
              transport,
              remote,
              certificate.isEmpty() ? Optional.empty() : Optional.of(certificate.get(0)),
              dialogOf(entry, callId.getCallId(), nullToEmpty(from.getTag())),
              asserted,
              trusted));
    } catch (IllegalArgumentException e) {
      reject(id, 416, "Unsupported URI Scheme", List.of());
      return Optional.empty();
    }
  }

  /**
   * The dialog a request belongs to; for an initial INVITE, the one a 2xx answer will create (its
   * To tag is chosen already), so the application can key its session before answering.
   */
  private static Optional<DialogId> dialogOf(PendingRequest entry, String callId, String fromTag) {
    if (entry.dialog != null) {
      return Optional.of(entry.dialog.id);
    }
    if (Request.INVITE.equals(entry.request.getMethod())) {
      return Optional.of(new DialogId(callId, entry.toTag, fromTag));
    }
    return Optional.empty();
  }

  /** The first sip: or sips: URI of a P-Asserted-Identity value (which may also hold a tel:). */
  private static Optional<SipUri> firstSipUri(String value) {
    Matcher m = FIRST_SIP_URI.matcher(value);
    while (m.find()) {
      try {
        return Optional.of(SipUri.parse(m.group(1)));
      } catch (IllegalArgumentException e) {
        // not a usable URI: try the next one
      }
    }
    return Optional.empty();
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
   * delivered is held until {@link #endDelivery} when the delivery is transacted.
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
  public void beginDelivery(RequestId id, boolean holdFinalResponse) {
    PendingRequest entry = pending.get(id);
    if (entry != null) {
      entry.beginDelivery(holdFinalResponse);
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
    ServerDialog created = null;
    try {
      Response sip = messages.createResponse(response.status(), entry.request);
      response.reason().ifPresent(r -> setReason(sip, r));
      ToHeader to = (ToHeader) sip.getHeader(ToHeader.NAME);
      if (to.getTag() == null && response.status() > Response.TRYING) {
        to.setTag(entry.toTag);
      }
      for (Header h : response.headers()) {
        addHeader(sip, h);
      }
      if (response.contentType().isPresent()) {
        ContentTypeHeader type =
            (ContentTypeHeader) headers.createHeader(ContentTypeHeader.NAME, response.contentType().get());
        sip.setContent(response.body(), type);
      }
      String method = entry.request.getMethod();
      boolean success = response.status() >= 200 && response.status() < 300;
      if (success && (Request.INVITE.equals(method) || Request.UPDATE.equals(method))) {
        addContactIfMissing(sip, entry);
        int interval = addSessionExpiresIfMissing(sip, entry);
        if (entry.dialog != null) {
          entry.dialog.refresh(interval);
        } else if (Request.INVITE.equals(method)) {
          created = createDialog(entry, interval);
        }
      }
      entry.transaction.sendResponse(sip);
      ServerDialog answered = created != null ? created : entry.dialog;
      if (success && Request.INVITE.equals(method) && answered != null) {
        long cseq = ((CSeqHeader) entry.request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        answered.inviteAnswered(cseq).ifPresent(ack -> confirmAck(answered, ack));
      }
      if (created != null) {
        LOG.dialogEstablished(created.id.toString(), created.remote.toString(),
            created.transport.token(), created.intervalSeconds());
      }
      if (response.isFinal() && Request.BYE.equals(method) && entry.dialog != null) {
        endDialog(entry.dialog, DialogEndReason.BYE_RECEIVED);
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException("invalid response for " + describe(entry) + ": " + e.getMessage(), e);
    } catch (SipException | InvalidArgumentException | RuntimeException e) {
      if (created != null) {
        dialogs.remove(created.id); // the peer never saw the 2xx, so there is no dialog to end
        router.unpin(created.id.callId());
      }
      LOG.responseNotSent(response.status(), describe(entry), e);
      throw new SipConnectorException("could not send " + response + " to " + describe(entry), e);
    } finally {
      if (response.isFinal()) {
        pending.remove(id);
      }
    }
  }

  // ---- dialogs ----

  /**
   * Gives the stack an ACK it may have ignored. RI 1.3.0-91 sends a 2xx to INVITE and only then
   * starts the dialog's 2xx retransmission timer, and it records an ACK only through that timer:
   * an ACK handled in between (a client on loopback that ACKs the instant it reads the 200, on a
   * busy server) reaches us but not the stack's dialog, which then retransmits the 200 and gives
   * up on the dialog after the ACK wait. Once the send has returned the timer exists, so handing
   * the same ACK to the dialog again records it. A no-op when the stack had recorded it already.
   */
  private void confirmAck(ServerDialog dialog, ServerTransaction ack) {
    SIPDialog stackDialog = (SIPDialog) dialog.dialog;
    if (!stackDialog.isAckSeen() && ack instanceof SIPServerTransaction ackTransaction) {
      stackDialog.handleAck(ackTransaction);
    }
  }

  /** Creates the server dialog for an INVITE being answered 2xx, before the 2xx leaves. */
  private ServerDialog createDialog(PendingRequest entry, int interval) throws SipException {
    Request request = entry.request;
    SIPServerTransaction st = (SIPServerTransaction) entry.transaction;
    Dialog dialog = provider.getNewDialog(entry.transaction);
    FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
    String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    ServerDialog created = new ServerDialog(
        new DialogId(callId, entry.toTag, nullToEmpty(from.getTag())),
        dialog,
        SipUri.parse(from.getAddress().getURI().toString()),
        Transport.of(st.getTransport()),
        new InetSocketAddress(st.getPeerAddress(), st.getPeerPort()),
        interval);
    dialogs.put(created.id, created);
    router.pin(callId, created.connection, created.transport);
    return created;
  }

  /** A 2xx to INVITE or UPDATE names where in-dialog requests reach us: our listening point. */
  private void addContactIfMissing(Response sip, PendingRequest entry) throws ParseException {
    if (sip.getHeader(javax.sip.header.ContactHeader.NAME) != null) {
      return;
    }
    Transport transport = Transport.of(((SIPServerTransaction) entry.transaction).getTransport());
    int port = transport == Transport.TLS ? config.tlsPort() : config.port();
    String uri = "sip:" + config.advertisedHost() + ":" + port
        + (transport == Transport.UDP ? "" : ";transport=" + transport.token());
    sip.addHeader(headers.createContactHeader(addressFactory.createAddress(uri)));
  }

  /**
   * Puts the agreed session interval in a 2xx (RFC 4028; Lync clients read it to time their
   * UPDATE refreshes), unless the application set one itself, and returns the interval in force.
   */
  private int addSessionExpiresIfMissing(Response sip, PendingRequest entry) throws ParseException {
    javax.sip.header.Header given = sip.getHeader(SessionTimer.SESSION_EXPIRES);
    if (given != null) {
      String value = given.toString().substring(given.toString().indexOf(':') + 1);
      OptionalInt seconds = SessionTimer.leadingInt(value);
      if (seconds.isPresent()) {
        return seconds.getAsInt();
      }
    }
    int interval = entry.sessionInterval > 0 ? entry.sessionInterval : config.sessionExpires();
    sip.addHeader(headers.createHeader(SessionTimer.SESSION_EXPIRES, interval + ";refresher=uac"));
    if (SessionTimer.supportsTimer(entry.request) && sip.getHeader("Require") == null) {
      sip.addHeader(headers.createHeader("Require", "timer"));
    }
    return interval;
  }

  /** Forgets a dialog and tells the application, once, however many paths report the end. */
  private void endDialog(ServerDialog dialog, DialogEndReason reason) {
    if (!dialogs.remove(dialog.id, dialog)) {
      return;
    }
    if (dialogs.keySet().stream().noneMatch(d -> d.callId().equals(dialog.id.callId()))) {
      router.unpin(dialog.id.callId());
    }
    LOG.dialogEnded(dialog.id.toString(), dialog.remote.toString(), reason.name());
    dialogEvents.dialogEnded(new DialogEnded(dialog.id, reason, dialog.remote, Instant.now()));
  }

  /** Runs on the adapter's timer: ends idle dialogs and forgets quiet peers. */
  private void sweep() {
    long now = System.nanoTime();
    for (ServerDialog dialog : dialogs.values()) {
      if (dialog.expired(now)) {
        LOG.dialogExpired(dialog.id.toString(), dialog.remote.toString(), dialog.intervalSeconds());
        // Best effort: the peer may be gone, which is why the dialog expired.
        sendBye(dialog, OutboundRequest.method(Request.BYE).build());
        endDialog(dialog, DialogEndReason.EXPIRED);
      }
    }
    rateLimiter.prune();
  }

  // ---- outbound requests ----

  /** Sends a request on a dialog we keep; see {@link org.persistentchat.sip.SipConnection#send}. */
  public CompletionStage<SipOutcome> send(DialogId id, OutboundRequest request) {
    ServerDialog dialog = dialogs.get(id);
    if (dialog == null) {
      return CompletableFuture.completedFuture(
          SipOutcome.failure(SipOutcome.Kind.NO_SUCH_DIALOG, "no dialog " + id));
    }
    if (!Request.BYE.equals(request.method())) {
      return sendInDialog(dialog, request);
    }
    CompletionStage<SipOutcome> outcome = sendBye(dialog, request);
    endDialog(dialog, DialogEndReason.BYE_SENT);
    return outcome;
  }

  /**
   * Says BYE on a dialog the adapter is ending. The stack drops its dialog when the BYE is answered
   * or times out; a BYE that could not be sent at all (the peer is gone) leaves it behind, so it is
   * dropped here.
   */
  private CompletionStage<SipOutcome> sendBye(ServerDialog dialog, OutboundRequest bye) {
    CompletionStage<SipOutcome> outcome = sendInDialog(dialog, bye);
    outcome.thenAccept(sent -> {
      if (sent.kind() == SipOutcome.Kind.TRANSPORT_ERROR) {
        dialog.dialog.delete();
      }
    });
    return outcome;
  }

  private CompletionStage<SipOutcome> sendInDialog(ServerDialog dialog, OutboundRequest request) {
    ClientTransaction transaction = null;
    // One sender at a time per dialog, so CSeq order is send order.
    synchronized (dialog) {
      try {
        Request sip = dialog.dialog.createRequest(request.method());
        decorate(sip, request);
        transaction = provider.getNewClientTransaction(sip);
        CompletableFuture<SipOutcome> outcome =
            clientRequests.register(transaction, dialog.id, request.method());
        dialog.dialog.sendRequest(transaction);
        return outcome;
      } catch (ParseException e) {
        throw new IllegalArgumentException("invalid " + request.method() + " for dialog " + dialog.id
            + ": " + e.getMessage(), e);
      } catch (SipException | RuntimeException e) {
        ClientRequests.Awaited lost = clientRequests.take(transaction);
        SipOutcome failed = SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, String.valueOf(e.getMessage()));
        if (lost != null) {
          lost.outcome().complete(failed);
        }
        if (!Request.BYE.equals(request.method())) {
          LOG.inDialogRequestFailed(request.method(), dialog.id.toString(), failed.toString());
          endDialog(dialog, DialogEndReason.TRANSPORT_FAILURE);
        }
        return CompletableFuture.completedFuture(failed);
      }
    }
  }

  /** Sends a request outside any dialog; see {@link org.persistentchat.sip.SipConnection#send}. */
  public CompletionStage<SipOutcome> send(OutboundRequest request) {
    SipUri target = request.to().orElseThrow(
        () -> new IllegalArgumentException("an out-of-dialog " + request.method() + " needs a target (to)"));
    SipUri fromUri = request.from().orElseThrow(
        () -> new IllegalArgumentException("an out-of-dialog " + request.method() + " needs a From"));
    Transport transport = request.transport().orElse(Transport.UDP);
    if (!config.transports().contains(transport)) {
      throw new IllegalArgumentException("the adapter does not listen on " + transport.token());
    }
    ClientTransaction transaction = null;
    try {
      URI requestUri = addressFactory.createURI(
          target + (transport == Transport.UDP ? "" : ";transport=" + transport.token()));
      Address fromAddress = addressFactory.createAddress(fromUri.toString());
      Address toAddress = addressFactory.createAddress(target.toString());
      int port = transport == Transport.TLS ? config.tlsPort() : config.port();
      ViaHeader via = headers.createViaHeader(config.advertisedHost(), port, transport.token(), null);
      MaxForwardsHeader maxForwards = headers.createMaxForwardsHeader(70);
      Request sip = messages.createRequest(requestUri, request.method(), provider.getNewCallId(),
          headers.createCSeqHeader(1L, request.method()), headers.createFromHeader(fromAddress, newTag()),
          headers.createToHeader(toAddress, null), new ArrayList<>(List.of(via)), maxForwards);
      decorate(sip, request);
      transaction = provider.getNewClientTransaction(sip);
      CompletableFuture<SipOutcome> outcome = clientRequests.register(transaction, null, request.method());
      transaction.sendRequest();
      return outcome;
    } catch (ParseException | InvalidArgumentException e) {
      throw new IllegalArgumentException("invalid " + request + ": " + e.getMessage(), e);
    } catch (SipException e) {
      ClientRequests.Awaited lost = clientRequests.take(transaction);
      SipOutcome failed = SipOutcome.failure(SipOutcome.Kind.TRANSPORT_ERROR, String.valueOf(e.getMessage()));
      if (lost != null) {
        lost.outcome().complete(failed);
      }
      return CompletableFuture.completedFuture(failed);
    }
  }

  private void decorate(Request sip, OutboundRequest request) throws ParseException {
    for (Header h : request.headers()) {
      addHeader(sip, h);
    }
    if (request.contentType().isPresent()) {
      ContentTypeHeader type =
          (ContentTypeHeader) headers.createHeader(ContentTypeHeader.NAME, request.contentType().get());
      sip.setContent(request.body(), type);
    }
  }

  private void complete(ClientTransaction transaction, SipOutcome outcome) {
    ClientRequests.Awaited awaited = clientRequests.take(transaction);
    if (awaited == null) {
      return;
    }
    awaited.outcome().complete(outcome);
    if (awaited.dialog() == null || !outcome.dialogGone() || Request.BYE.equals(awaited.method())) {
      return;
    }
    ServerDialog dialog = dialogs.get(awaited.dialog());
    if (dialog != null) {
      LOG.inDialogRequestFailed(awaited.method(), dialog.id.toString(), outcome.toString());
      endDialog(dialog, outcome.kind() == SipOutcome.Kind.RESPONSE
          && outcome.status() != Response.REQUEST_TIMEOUT
          ? DialogEndReason.REJECTED_BY_PEER : DialogEndReason.TRANSPORT_FAILURE);
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

  /**
   * Adds an application-given header. A comma-separated list ({@code Allow: INVITE, INFO}) becomes
   * one header per value: the RI refuses a list where its header class holds one value.
   */
  private void addHeader(javax.sip.message.Message message, Header h) throws ParseException {
    javax.sip.header.Header single;
    try {
      single = headers.createHeader(h.name(), h.value());
    } catch (ParseException notASingleValue) {
      for (Object parsed : ((gov.nist.javax.sip.header.HeaderFactoryImpl) headers)
          .createHeaders(h.name() + ": " + h.value())) {
        message.addHeader((javax.sip.header.Header) parsed);
      }
      return;
    }
    message.addHeader(single);
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
    Response response = event.getResponse();
    if (response.getStatusCode() < 200 || event.getClientTransaction() == null) {
      return; // provisional, or a 2xx retransmission without a transaction
    }
    complete(event.getClientTransaction(),
        SipOutcome.response(response.getStatusCode(), response.getReasonPhrase()));
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      forget(event.getServerTransaction());
    } else {
      complete(event.getClientTransaction(),
          SipOutcome.failure(SipOutcome.Kind.TIMEOUT, "no final response"));
    }
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.stackError("I/O error towards " + event.getHost() + ":" + event.getPort() + "/"
        + event.getTransport(), null);
    // A lost TCP/TLS connection takes its dialogs along: in-dialog requests must use it.
    for (ServerDialog dialog : dialogs.values()) {
      if (dialog.transport != Transport.UDP
          && dialog.connection.getPort() == event.getPort()
          && dialog.connection.getAddress().getHostAddress().equals(event.getHost())) {
        endDialog(dialog, DialogEndReason.TRANSPORT_FAILURE);
      }
    }
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    if (event.isServerTransaction()) {
      forget(event.getServerTransaction());
    }
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // Ends we caused are already off the map; what remains is the stack ending a dialog on its
    // own account (a missing ACK comes to processDialogTimeout instead).
    dialogFor(event.getDialog()).ifPresent(dialog -> endDialog(dialog, dialog.acknowledged()
        ? DialogEndReason.TRANSPORT_FAILURE : DialogEndReason.ACK_NOT_RECEIVED));
  }

  /**
   * The stack gave up waiting for the ACK of our 2xx to an INVITE. As a {@link SipListenerExt} the
   * adapter owns that dialog's end (the stack neither deletes it nor says BYE): the peer may still
   * think the session is up, so it gets a BYE, and the application hears that the dialog is gone.
   */
  @Override
  public void processDialogTimeout(DialogTimeoutEvent event) {
    if (event.getReason() != DialogTimeoutEvent.Reason.AckNotReceived) {
      // The other reasons concern dialogs we create as a client (ACK not sent, re-INVITE, early
      // state); the adapter creates none, but a dialog left behind must not leak.
      event.getDialog().delete();
      return;
    }
    Optional<ServerDialog> ours = dialogFor(event.getDialog());
    if (ours.isEmpty()) {
      event.getDialog().delete(); // already ended on our side (BYE sent or received meanwhile)
      return;
    }
    ServerDialog dialog = ours.get();
    LOG.ackNotReceived(dialog.id.toString(), dialog.remote.toString(), ackTimeoutTicks * 500L);
    // Best effort, as for an expired dialog: a peer that never ACKed may be gone.
    sendBye(dialog, OutboundRequest.method(Request.BYE).build());
    endDialog(dialog, DialogEndReason.ACK_NOT_RECEIVED);
  }

  /**
   * Our open dialog that wraps the stack's, if any. The stack's events carry its own dialog
   * object, and our map is keyed by the application's id, so this looks the object up by identity.
   */
  private Optional<ServerDialog> dialogFor(Dialog stackDialog) {
    return dialogs.values().stream().filter(d -> d.dialog == stackDialog).findFirst();
  }

  private void forget(ServerTransaction transaction) {
    pending.values().removeIf(p -> p.transaction == transaction);
  }
}
