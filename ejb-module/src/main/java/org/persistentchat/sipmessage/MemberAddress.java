package org.persistentchat.sipmessage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;

/**
 * Where and how to reach a plain SIP client, learned from its last request.
 *
 * @param contact the Contact of its last request, else the address it sent from
 * @param transport the transport to reach it on (the Contact's transport parameter, else the one
 *     its request came on)
 * @param acceptsCpim whether its Accept header names {@code message/cpim}
 */
public record MemberAddress(SipUri contact, Transport transport, boolean acceptsCpim) {

  public static final String CPIM = "message/cpim";

  public MemberAddress {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(transport, "transport");
  }

  public static MemberAddress of(SipRequest request) {
    Optional<String> contactHeader = request.header("Contact");
    SipUri contact = contactHeader.flatMap(MemberAddress::contactUri).orElseGet(() -> SipUri.parse(
        "sip:" + request.from().user().map(u -> u + "@").orElse("")
            + hostText(request.remote().getAddress().getHostAddress())
            + ":" + request.remote().getPort()));
    Transport transport = contactHeader.flatMap(MemberAddress::transportParameter)
        .orElse(request.transport());
    return new MemberAddress(contact, transport, accepts(request.headers("Accept"), CPIM));
  }

  /** Whether any Accept value lists the media type (parameters and q-values aside). */
  static boolean accepts(List<String> acceptHeaders, String mediaType) {
    return acceptHeaders.stream()
        .flatMap(v -> List.of(v.split(",")).stream())
        .map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .anyMatch(mediaType::equals);
  }

  private static Optional<SipUri> contactUri(String header) {
    String value = header.trim();
    int open = value.indexOf('<');
    int close = value.indexOf('>', open + 1);
    String uri = open >= 0 && close > open ? value.substring(open + 1, close) : value.split(";", 2)[0];
    try {
      return Optional.of(SipUri.parse(uri));
    } catch (IllegalArgumentException notSip) {
      // "*" or a tel: contact: fall back to the source address.
      return Optional.empty();
    }
  }

  private static Optional<Transport> transportParameter(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(";transport=");
    if (at < 0) {
      return Optional.empty();
    }
    String token = lower.substring(at + ";transport=".length()).split("[;>,\\s]", 2)[0];
    try {
      return Optional.of(Transport.of(token));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static String hostText(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
