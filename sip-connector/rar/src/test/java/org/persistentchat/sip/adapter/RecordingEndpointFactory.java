package org.persistentchat.sip.adapter;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.transaction.xa.XAResource;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;

/**
 * Builds endpoints as a container would (a proxy implementing the listener and MessageEndpoint)
 * and records every lifecycle call, so tests can check that deliveries are paired.
 */
final class RecordingEndpointFactory implements MessageEndpointFactory {

  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<SipRequest> received = new CopyOnWriteArrayList<>();
  private final Consumer<SipRequest> bean;
  volatile RuntimeException failAfterDelivery;

  RecordingEndpointFactory(Consumer<SipRequest> bean) {
    this.bean = bean;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
    return (MessageEndpoint) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {MessageEndpoint.class, SipRequestListener.class},
        (proxy, method, args) -> {
          calls.add(method.getName());
          switch (method.getName()) {
            case "onRequest" -> {
              SipRequest request = (SipRequest) args[0];
              received.add(request);
              bean.accept(request);
            }
            case "afterDelivery" -> {
              RuntimeException e = failAfterDelivery;
              if (e != null) {
                throw e;
              }
            }
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            case "equals" -> {
              return proxy == args[0];
            }
            case "toString" -> {
              return "recording endpoint";
            }
            default -> { }
          }
          return null;
        });
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) throws UnavailableException {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return true;
  }

  @Override
  public String getActivationName() {
    return "recording";
  }

  @Override
  public Class<?> getEndpointClass() {
    return SipRequestListener.class;
  }
}
