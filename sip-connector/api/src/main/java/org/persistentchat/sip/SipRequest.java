package org.persistentchat.sip;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound SIP request as the adapter hands it to an application.
 *
 * @param id names the request when answering it through a {@link SipConnection}
 * @param method the request method, upper case ({@code OPTIONS}, {@code INVITE}, ...)
 * @param requestUri the Request-URI
 * @param from the From address (URI only; see {@link #fromTag()})
 * @param fromTag the From tag
 * @param to the To address
 * @param toTag the To tag, empty outside a dialog
 * @param callId the Call-ID
 * @param cseq the CSeq number
 * @param headers every header, in the order received
 * @param body the message body, empty when there is none
 * @param transport the transport the request arrived on
 * @param remote the address of the peer that sent it
 * @param peerIdentity the identity of the peer proven by a client certificate (mutual TLS), or
 *     empty
 * @param dialog the dialog the request belongs to, empty for a request outside a dialog; for an
 *     initial INVITE, the dialog a 2xx answer will create (the adapter has chosen its To tag), so
 *     the application can key its session before answering. Sending on it works once the 2xx
 *     has gone out, that is after the delivery completed.
 * @param assertedIdentity who the request is from: the {@code P-Asserted-Identity} when a
 *     trusted peer (mutual TLS or trusted address) sent it, else the From
 * @param trustedPeer whether the peer is a trusted peer (a front end allowed to assert identity)
 */
public record SipRequest(
    RequestId id,
    String method,
    SipUri requestUri,
    SipUri from,
    String fromTag,
    SipUri to,
    Optional<String> toTag,
    String callId,
    long cseq,
    List<Header> headers,
    byte[] body,
    Transport transport,
    InetSocketAddress remote,
    Optional<String> peerIdentity,
    Optional<DialogId> dialog,
    SipUri assertedIdentity,
    boolean trustedPeer) {

  /** A request outside any dialog from an untrusted peer: the form before dialogs existed. */
  public SipRequest(
      RequestId id,
      String method,
      SipUri requestUri,
      SipUri from,
      String fromTag,
      SipUri to,
      Optional<String> toTag,
      String callId,
      long cseq,
      List<Header> headers,
      byte[] body,
      Transport transport,
      InetSocketAddress remote,
      Optional<String> peerIdentity) {
    this(id, method, requestUri, from, fromTag, to, toTag, callId, cseq, headers, body, transport,
        remote, peerIdentity, Optional.empty(), from, false);
  }

  public SipRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(callId, "callId");
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body.clone();
    Objects.requireNonNull(toTag, "toTag");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(peerIdentity, "peerIdentity");
    Objects.requireNonNull(dialog, "dialog");
    Objects.requireNonNull(assertedIdentity, "assertedIdentity");
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.isNamed(name)).map(Header::value).findFirst();
  }

  /** Every value of a header, in order. */
  public List<String> headers(String name) {
    return headers.stream().filter(h -> h.isNamed(name)).map(Header::value).toList();
  }

  /** The Content-Type without parameters, lower case, or empty when there is no body type. */
  public Optional<String> contentType() {
    return header("Content-Type").map(v -> v.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded as UTF-8 (SIP text bodies default to it). */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SipRequest other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return method + " " + requestUri + " from " + from + " (" + id + ")";
  }
}
