package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.Header;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;
import org.persistentchat.sip.adapter.transport.DialogEvents;
import org.persistentchat.sip.adapter.transport.InboundHandler;
import org.persistentchat.sip.adapter.transport.SipStackService;

/**
 * Chooses the endpoint for each request and schedules its delivery on the WorkManager.
 *
 * <p>Answers on the adapter's own account when no endpoint can take the request: 405 with
 * {@code Allow} for a method SIP defines but nobody handles at that URI, 501 for a method
 * unknown to us, 503 with {@code Retry-After} when the adapter is at its concurrency limit or the
 * WorkManager refuses the work. Inside a dialog, a BYE or a session-refresh UPDATE nobody
 * handles is answered 200 by the adapter: the dialog must end (or live on) either way.
 *
 * <p>Also delivers the end of each dialog to every {@link org.persistentchat.sip.SipDialogListener}
 * activation.
 */
public final class RequestRouter implements InboundHandler, DialogEvents {

  /** Methods RFC 3261 and its extensions define; anything else is answered 501. */
  static final Set<String> KNOWN_METHODS =
      Set.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "PRACK", "SUBSCRIBE",
          "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private final List<Activation> activations = new CopyOnWriteArrayList<>();
  private final Map<SipActivationSpec, Activation> bySpec = new ConcurrentHashMap<>();
  private final Map<SipDialogActivationSpec, MessageEndpointFactory> dialogListeners =
      new ConcurrentHashMap<>();
  private final WorkManager workManager;
  private final InFlight inFlight;
  private final String retryAfter;
  private volatile SipStackService stack;
  private volatile boolean stopping;

  public RequestRouter(WorkManager workManager, int maxConcurrent, int retryAfterSeconds) {
    this.workManager = workManager;
    this.inFlight = new InFlight(maxConcurrent);
    this.retryAfter = Integer.toString(retryAfterSeconds);
  }

  public void attach(SipStackService stack) {
    this.stack = stack;
  }

  public void activate(MessageEndpointFactory factory, SipActivationSpec spec) {
    Activation activation = Activation.of(factory, spec);
    bySpec.put(spec, activation);
    activations.add(activation);
  }

  public void deactivate(SipActivationSpec spec) {
    Activation activation = bySpec.remove(spec);
    if (activation != null) {
      activations.remove(activation);
    }
  }

  public void activate(MessageEndpointFactory factory, SipDialogActivationSpec spec) {
    dialogListeners.put(spec, factory);
  }

  public void deactivate(SipDialogActivationSpec spec) {
    dialogListeners.remove(spec);
  }

  public void deactivateAll() {
    bySpec.clear();
    activations.clear();
    dialogListeners.clear();
  }

  /**
   * Waits for deliveries in progress to finish, so their responses still go out before the stack
   * closes.
   *
   * @return how many were still in progress when the time ran out
   */
  public int drain(long millis) throws InterruptedException {
    stopping = true;
    return inFlight.awaitIdle(millis);
  }

  @Override
  public void dialogEnded(DialogEnded ended) {
    for (MessageEndpointFactory factory : dialogListeners.values()) {
      inFlight.enter();
      try {
        workManager.scheduleWork(new DialogEndedWork(factory, ended, inFlight::exit));
      } catch (WorkException e) {
        inFlight.exit();
        LOG.dialogEndDeliveryFailed(ended.dialog().toString(), e);
      }
    }
  }

  @Override
  public void handle(SipRequest request) {
    if (stopping) {
      overloaded(request, "the adapter is stopping");
      return;
    }
    Activation target = null;
    for (Activation a : activations) {
      if (a.selects(request)) {
        target = a;
        break;
      }
    }
    if (target == null) {
      refuseUnhandled(request);
      return;
    }
    if (!inFlight.tryEnter()) {
      overloaded(request, "too many requests in progress");
      return;
    }
    try {
      workManager.scheduleWork(new DeliveryWork(target.factory(), request, stack, inFlight::exit));
    } catch (WorkException e) {
      inFlight.exit();
      overloaded(request, "work manager refused: " + e.getMessage());
    }
  }

  private void refuseUnhandled(SipRequest request) {
    if (request.dialog().isPresent()
        && (request.method().equals("BYE") || request.method().equals("UPDATE"))) {
      // The stack adds Session-Expires to the UPDATE's 200 and ends the dialog on the BYE's.
      stack.reject(request.id(), 200, null, List.of());
      return;
    }
    if (!KNOWN_METHODS.contains(request.method())) {
      LOG.refused(request.method(), request.remote().toString(), 501, "unknown method");
      stack.reject(request.id(), 501, "Not Implemented", List.of());
      return;
    }
    Set<String> allowed = new TreeSet<>();
    for (Activation a : activations) {
      if (a.selectsUri(request)) {
        allowed.addAll(a.methods());
      }
    }
    if (allowed.isEmpty()) {
      LOG.refused(request.method(), request.remote().toString(), 404, "no service at this URI");
      stack.reject(request.id(), 404, "Not Found", List.of());
      return;
    }
    LOG.refused(request.method(), request.remote().toString(), 405, "method not handled here");
    stack.reject(request.id(), 405, "Method Not Allowed",
        List.of(new Header("Allow", String.join(", ", allowed))));
  }

  private void overloaded(SipRequest request, String why) {
    LOG.overloaded(request.toString(), why);
    stack.reject(request.id(), 503, "Service Unavailable", List.of(new Header("Retry-After", retryAfter)));
  }
}
