package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.lang.reflect.Method;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;
import org.persistentchat.sip.adapter.transport.SipStackService;

/**
 * Delivers one request to one endpoint on a WorkManager thread.
 *
 * <p>{@code beforeDelivery} and {@code afterDelivery} are always called as a pair, so the
 * container can begin and complete (or roll back) the bean's transaction around the call; the
 * outcome of that pair decides whether the bean's response or a 500 goes out.
 */
final class DeliveryWork implements Work {

  static final Method ON_REQUEST;

  static {
    try {
      ON_REQUEST = SipRequestListener.class.getMethod("onRequest", SipRequest.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final MessageEndpointFactory factory;
  private final SipRequest request;
  private final SipStackService stack;
  private final Runnable done;

  DeliveryWork(MessageEndpointFactory factory, SipRequest request, SipStackService stack, Runnable done) {
    this.factory = factory;
    this.request = request;
    this.stack = stack;
    this.done = done;
  }

  @Override
  public void run() {
    Throwable failure = null;
    // Only a transacted delivery has a commit to wait for before the final response may leave.
    stack.beginDelivery(request.id(), isTransacted());
    try {
      failure = deliver();
    } finally {
      try {
        stack.endDelivery(request.id(), failure);
      } finally {
        done.run();
      }
    }
  }

  private boolean isTransacted() {
    try {
      return factory.isDeliveryTransacted(ON_REQUEST);
    } catch (NoSuchMethodException e) {
      return true;
    }
  }

  private Throwable deliver() {
    MessageEndpoint endpoint;
    try {
      endpoint = factory.createEndpoint(null);
    } catch (Exception e) {
      return e;
    }
    Throwable failure = null;
    try {
      endpoint.beforeDelivery(ON_REQUEST);
      try {
        ((SipRequestListener) endpoint).onRequest(request);
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          endpoint.afterDelivery();
        } catch (Exception e) {
          failure = addTo(failure, e);
        }
      }
    } catch (Exception e) {
      failure = addTo(failure, e);
    } finally {
      endpoint.release();
    }
    return failure;
  }

  private static Throwable addTo(Throwable first, Throwable next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  @Override
  public void release() {
    // Delivery is a single call; there is nothing to interrupt.
  }
}
