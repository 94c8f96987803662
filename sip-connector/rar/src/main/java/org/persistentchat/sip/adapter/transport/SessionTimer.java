package org.persistentchat.sip.adapter.transport;

import java.util.OptionalInt;
import javax.sip.message.Request;
import javax.sip.header.Header;

/**
 * The RFC 4028 negotiation on the UAS side: reads Session-Expires and Min-SE from an INVITE or
 * UPDATE and decides the interval, or that the request asks for too short a one (422).
 */
final class SessionTimer {

  static final String SESSION_EXPIRES = "Session-Expires";
  static final String SESSION_EXPIRES_COMPACT = "x";
  static final String MIN_SE = "Min-SE";

  private final int configured;
  private final int minimum;

  SessionTimer(int configuredSeconds, int minimumSeconds) {
    this.configured = configuredSeconds;
    this.minimum = minimumSeconds;
  }

  int minimum() {
    return minimum;
  }

  /**
   * The interval to grant, or empty when the request's Session-Expires is below our minimum and
   * must be refused with 422.
   */
  OptionalInt negotiate(Request request) {
    OptionalInt asked = seconds(request, SESSION_EXPIRES);
    if (asked.isEmpty()) {
      asked = seconds(request, SESSION_EXPIRES_COMPACT);
    }
    if (asked.isPresent() && asked.getAsInt() < minimum) {
      return OptionalInt.empty();
    }
    int granted = asked.isPresent() ? Math.min(asked.getAsInt(), configured) : configured;
    OptionalInt peerMinimum = seconds(request, MIN_SE);
    if (peerMinimum.isPresent()) {
      granted = Math.max(granted, peerMinimum.getAsInt());
    }
    return OptionalInt.of(granted);
  }

  /** The leading integer of a header value ("1800;refresher=uac"); parameters are ignored. */
  static OptionalInt seconds(Request request, String name) {
    Header header = request.getHeader(name);
    if (header == null) {
      return OptionalInt.empty();
    }
    return leadingInt(header.toString().substring(header.toString().indexOf(':') + 1));
  }

  static OptionalInt leadingInt(String value) {
    String v = value.trim();
    int end = 0;
    while (end < v.length() && end < 9 && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v.substring(0, end)));
  }

  static boolean supportsTimer(Request request) {
    var supported = request.getHeaders("Supported");
    while (supported.hasNext()) {
      String line = supported.next().toString();
      for (String option : line.substring(line.indexOf(':') + 1).split(",")) {
        if (option.trim().equalsIgnoreCase("timer")) {
          return true;
        }
      }
    }
    return false;
  }
}
