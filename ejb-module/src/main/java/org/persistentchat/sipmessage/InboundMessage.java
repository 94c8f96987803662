package org.persistentchat.sipmessage;

import java.util.Objects;
import java.util.Optional;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;

/**
 * A MESSAGE to a room or to the lobby, as the front end needs it.
 *
 * @param user who sent it (the asserted identity), as an address of record without port
 * @param target the Request-URI's user part: a room alias, or the pool user for the lobby
 * @param contentType the body's media type without parameters, empty when the request has none
 * @param body the raw body
 * @param transport the transport it arrived on
 * @param address where the sender can be reached
 */
public record InboundMessage(SipUri user, String target, Optional<String> contentType,
    byte[] body, Transport transport, MemberAddress address) {

  public InboundMessage {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(contentType, "contentType");
    body = body.clone();
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(address, "address");
  }

  public static InboundMessage of(SipRequest request) {
    SipUri from = request.assertedIdentity();
    SipUri user = SipUri.parse(from.scheme() + ":" + from.user().map(u -> u + "@").orElse("")
        + from.host());
    return new InboundMessage(user, request.requestUri().user().orElse(""),
        request.contentType(), request.body(), request.transport(), MemberAddress.of(request));
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  int bodyLength() {
    return body.length;
  }
}
