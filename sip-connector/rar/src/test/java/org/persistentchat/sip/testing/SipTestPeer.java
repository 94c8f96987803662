package org.persistentchat.sip.testing;

import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A SIP user agent on the JAIN-SIP RI for tests: sends an INVITE, ACKs the 2xx, sends requests
 * on the dialog, and answers what the server sends (200 unless told otherwise). One dialog at a
 * time. Shared with the cross-module tests through this module's test-jar.
 */
public final class SipTestPeer implements SipListener, AutoCloseable {

  private static final long WAIT_SECONDS = 10;

  private final SipStackImpl stack;
  private final SipProvider provider;
  private final MessageFactory messages = new gov.nist.javax.sip.message.MessageFactoryImpl();
  private final HeaderFactory headers = new gov.nist.javax.sip.header.HeaderFactoryImpl();
  private final AddressFactory addresses = new gov.nist.javax.sip.address.AddressFactoryImpl();
  private final String transport;
  private final int port;
  private final Map<ClientTransaction, CompletableFuture<Response>> awaiting = new ConcurrentHashMap<>();
  /** Requests the server sent us, in arrival order. */
  public final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
  private volatile int answerStatus = 200;
  private volatile Dialog dialog;
  private volatile String contactOverride;
  private volatile String user = "alice@example.org";

  private SipTestPeer(String transport, Properties extra) throws IOException, SipException {
    this.transport = transport;
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", "test-peer-" + UUID.randomUUID());
    p.setProperty("gov.nist.javax.sip.STACK_LOGGER", "org.persistentchat.sip.adapter.log.JBossStackLogger");
    p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", "org.persistentchat.sip.adapter.log.JBossServerLogger");
    p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    p.putAll(extra);
    try {
      stack = new SipStackImpl(p);
      this.port = FreePorts.udpAndTcp();
      ListeningPoint lp = stack.createListeningPoint("127.0.0.1", port, transport);
      provider = stack.createSipProvider(lp);
      provider.addSipListener(this);
      stack.start();
    } catch (javax.sip.InvalidArgumentException | java.util.TooManyListenersException e) {
      throw new SipException("cannot start the test peer", e);
    }
  }

  /** A peer on the given transport ({@code udp}, {@code tcp}, {@code tls}). */
  public static SipTestPeer on(String transport) throws IOException, SipException {
    return new SipTestPeer(transport, new Properties());
  }

  /** A peer with extra stack properties (TLS key and trust stores, ...). */
  public static SipTestPeer on(String transport, Properties stackProperties) throws IOException, SipException {
    return new SipTestPeer(transport, stackProperties);
  }

  /** Acts as this user ({@code user@domain}) in From and Contact; alice@example.org by default. */
  public SipTestPeer as(String user) {
    this.user = user;
    return this;
  }

  public int port() {
    return port;
  }

  /** The status this peer answers the server's requests with (481 to play a forgetful client). */
  public void answerWith(int status) {
    answerStatus = status;
  }

  /** Puts this Contact in the INVITE instead of our listening point (to prove connection reuse). */
  public void advertiseContact(String uri) {
    contactOverride = uri;
  }

  public Dialog dialog() {
    return dialog;
  }

  /**
   * Sends an INVITE to {@code sip:user@127.0.0.1:serverPort} and, on 2xx, ACKs it.
   *
   * @return the final response
   */
  public Response invite(String user, int serverPort, String... extraHeaders) throws Exception {
    Request invite = newRequest(Request.INVITE, user, serverPort, extraHeaders);
    String contact = contactOverride != null ? contactOverride
        : "sip:" + this.user.split("@")[0] + "@127.0.0.1:" + port + ";transport=" + transport;
    invite.addHeader(headers.createContactHeader(addresses.createAddress(contact)));
    invite.setContent("v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=session\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
        + "m=message " + port + " sip null\r\n", headers.createContentTypeHeader("application", "sdp"));
    ClientTransaction ct = provider.getNewClientTransaction(invite);
    Dialog d = provider.getNewDialog(ct);
    Response response = await(ct, () -> ct.sendRequest());
    if (response.getStatusCode() / 100 == 2) {
      dialog = d;
      long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
      d.sendAck(d.createAck(cseq));
    }
    return response;
  }

  /** Sends a request outside any dialog. */
  public Response request(String method, String user, int serverPort, String... extraHeaders)
      throws Exception {
    ClientTransaction ct = provider.getNewClientTransaction(newRequest(method, user, serverPort, extraHeaders));
    return await(ct, ct::sendRequest);
  }

  /** Sends a MESSAGE outside any dialog to {@code sip:user@127.0.0.1:serverPort}, text/plain. */
  public Response message(String user, int serverPort, String text, String... extraHeaders)
      throws Exception {
    Request request = newRequest(Request.MESSAGE, user, serverPort, extraHeaders);
    request.setContent(text, headers.createContentTypeHeader("text", "plain"));
    ClientTransaction ct = provider.getNewClientTransaction(request);
    return await(ct, ct::sendRequest);
  }

  /** Sends a request on the current dialog, with an optional text/plain body; ACKs a re-INVITE's 2xx. */
  public Response inDialog(String method, String body, String... extraHeaders) throws Exception {
    Dialog d = dialog;
    Request request = d.createRequest(method);
    for (String h : extraHeaders) {
      int colon = h.indexOf(':');
      request.addHeader(headers.createHeader(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
    }
    if (body != null) {
      request.setContent(body, headers.createContentTypeHeader("text", "plain"));
    }
    ClientTransaction ct = provider.getNewClientTransaction(request);
    Response response = await(ct, () -> d.sendRequest(ct));
    if (Request.INVITE.equals(method) && response.getStatusCode() / 100 == 2) {
      d.sendAck(d.createAck(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber()));
    }
    return response;
  }

  /** The next request the server sent, or null after the wait. */
  public Request nextRequest(long seconds) throws InterruptedException {
    return received.poll(seconds, TimeUnit.SECONDS);
  }

  private Request newRequest(String method, String user, int serverPort, String... extraHeaders)
      throws ParseException, javax.sip.InvalidArgumentException {
    String target = "sip:" + user + "@127.0.0.1:" + serverPort + (transport.equals("udp") ? "" : ";transport=" + transport);
    Address from = addresses.createAddress("sip:" + this.user);
    Address to = addresses.createAddress("sip:" + user + "@example.org");
    List<ViaHeader> via = new ArrayList<>(List.of(headers.createViaHeader("127.0.0.1", port, transport, null)));
    Request request = messages.createRequest(addresses.createURI(target), method, provider.getNewCallId(),
        headers.createCSeqHeader(1L, method), headers.createFromHeader(from, Long.toHexString(System.nanoTime())),
        headers.createToHeader(to, null), via, headers.createMaxForwardsHeader(70));
    for (String h : extraHeaders) {
      int colon = h.indexOf(':');
      request.addHeader(headers.createHeader(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
    }
    return request;
  }

  /** Sends and waits for the final response. */
  private Response await(ClientTransaction ct, Send send) throws Exception {
    CompletableFuture<Response> response = new CompletableFuture<>();
    awaiting.put(ct, response);
    send.send();
    try {
      return response.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new AssertionError("no final response to " + ct.getRequest().getMethod(), e);
    }
  }

  @FunctionalInterface
  private interface Send {
    void send() throws SipException;
  }

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    received.add(request);
    if (Request.ACK.equals(request.getMethod())) {
      return;
    }
    try {
      ServerTransaction st = event.getServerTransaction() != null ? event.getServerTransaction()
          : provider.getNewServerTransaction(request);
      Response response = messages.createResponse(answerStatus, request);
      st.sendResponse(response);
    } catch (ParseException | SipException | javax.sip.InvalidArgumentException e) {
      throw new IllegalStateException("test peer could not answer " + request.getMethod(), e);
    }
  }

  @Override
  public void processResponse(ResponseEvent event) {
    Response response = event.getResponse();
    if (response.getStatusCode() >= 200 && event.getClientTransaction() != null) {
      CompletableFuture<Response> f = awaiting.remove(event.getClientTransaction());
      if (f != null) {
        f.complete(response);
      }
    }
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (!event.isServerTransaction()) {
      CompletableFuture<Response> f = awaiting.remove(event.getClientTransaction());
      if (f != null) {
        f.completeExceptionally(new TimeoutException("transaction timed out"));
      }
    }
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    // Surfaces as a transaction timeout for the request concerned.
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // Nothing kept per transaction beyond the awaited response.
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // Tests look at what the server sent, not at our dialog state.
  }

  @Override
  public void close() {
    stack.stop();
  }
}
