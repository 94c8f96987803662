package org.persistentchat.sip.adapter;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.transaction.xa.XAResource;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.SipDialogListener;

/** Builds {@link SipDialogListener} endpoints as a container would, and records what they hear. */
final class RecordingDialogListenerFactory implements MessageEndpointFactory {

  final BlockingQueue<DialogEnded> ended = new LinkedBlockingQueue<>();
  final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) {
    return (MessageEndpoint) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {MessageEndpoint.class, SipDialogListener.class},
        (proxy, method, args) -> {
          calls.add(method.getName());
          switch (method.getName()) {
            case "onDialogEnded" -> ended.add((DialogEnded) args[0]);
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            case "equals" -> {
              return proxy == args[0];
            }
            case "toString" -> {
              return "recording dialog listener";
            }
            default -> { }
          }
          return null;
        });
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return false;
  }

  @Override
  public String getActivationName() {
    return "recording-dialogs";
  }

  @Override
  public Class<?> getEndpointClass() {
    return SipDialogListener.class;
  }
}
