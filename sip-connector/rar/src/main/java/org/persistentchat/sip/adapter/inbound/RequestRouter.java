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
import java.util.concurrent.Semaphore;
import org.persistentchat.sip.Header;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;
import org.persistentchat.sip.adapter.transport.InboundHandler;
import org.persistentchat.sip.adapter.transport.SipStackService;

/**
 * Chooses the endpoint for each request and schedules its delivery on the WorkManager.
 *
 * <p>Answers on the adapter's own account when no endpoint can take the request: 405 with
 * {@code Allow} for a method SIP defines but nobody handles at that URI, 501 for a method
 * unknown to us, 503 with {@code Retry-After} when the adapter is at its concurrency limit or the
 * WorkManager refuses the work.
 */
public final class RequestRouter implements InboundHandler {

  /** Methods RFC 3261 and its extensions define; anything else is answered 501. */
  static final Set<String> KNOWN_METHODS =
      Set.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "PRACK", "SUBSCRIBE",
          "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE");

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private final List<Activation> activations = new CopyOnWriteArrayList<>();
  private final Map<SipActivationSpec, Activation> bySpec = new ConcurrentHashMap<>();
  private final WorkManager workManager;
  private final Semaphore inFlight;
  private final String retryAfter;
  private volatile SipStackService stack;

  public RequestRouter(WorkManager workManager, int maxConcurrent, int retryAfterSeconds) {
    this.workManager = workManager;
    this.inFlight = new Semaphore(maxConcurrent);
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

  public void deactivateAll() {
    bySpec.clear();
    activations.clear();
  }

  @Override
  public void handle(SipRequest request) {
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
    if (!inFlight.tryAcquire()) {
      overloaded(request, "too many requests in progress");
      return;
    }
    try {
      workManager.scheduleWork(new DeliveryWork(target.factory(), request, stack, inFlight::release));
    } catch (WorkException e) {
      inFlight.release();
      overloaded(request, "work manager refused: " + e.getMessage());
    }
  }

  private void refuseUnhandled(SipRequest request) {
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
