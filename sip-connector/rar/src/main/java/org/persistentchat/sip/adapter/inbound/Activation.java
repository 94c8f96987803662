package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Set;
import java.util.regex.Pattern;
import org.persistentchat.sip.SipRequest;

/** One activated endpoint and what it selects, fixed at activation time. */
record Activation(
    MessageEndpointFactory factory, SipActivationSpec spec, Set<String> methods, Pattern userPattern) {

  static Activation of(MessageEndpointFactory factory, SipActivationSpec spec) {
    return new Activation(factory, spec, spec.methodSet(), spec.userPattern());
  }

  boolean selectsUri(SipRequest request) {
    return userPattern.matcher(request.requestUri().user().orElse("")).matches();
  }

  boolean selects(SipRequest request) {
    return methods.contains(request.method()) && selectsUri(request);
  }
}
