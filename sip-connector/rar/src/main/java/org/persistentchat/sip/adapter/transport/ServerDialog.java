package org.persistentchat.sip.adapter.transport;

import java.net.InetSocketAddress;
import javax.sip.Dialog;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;

/**
 * A dialog the adapter created by answering an INVITE with 2xx. The JAIN-SIP dialog keeps the
 * route set, remote target and CSeq numbers; this adds what the stack does not know: the session
 * interval (RFC 4028), when the peer was last heard of, and the connection it uses.
 */
final class ServerDialog {

  final DialogId id;
  final Dialog dialog;
  final SipUri remote;
  final Transport transport;
  /** Where the peer's connection comes from; in-dialog requests go back over it (TCP/TLS). */
  final InetSocketAddress connection;
  private volatile int intervalSeconds;
  private volatile long lastActivityNanos;
  private volatile boolean acknowledged;

  ServerDialog(DialogId id, Dialog dialog, SipUri remote, Transport transport,
      InetSocketAddress connection, int intervalSeconds) {
    this.id = id;
    this.dialog = dialog;
    this.remote = remote;
    this.transport = transport;
    this.connection = connection;
    this.intervalSeconds = intervalSeconds;
    this.lastActivityNanos = System.nanoTime();
  }

  /** The peer sent something on the dialog: the session is alive. */
  void touch() {
    lastActivityNanos = System.nanoTime();
  }

  /** A refresh (UPDATE, re-INVITE) agreed a new interval. */
  void refresh(int newIntervalSeconds) {
    intervalSeconds = newIntervalSeconds;
    touch();
  }

  void acknowledge() {
    acknowledged = true;
    touch();
  }

  boolean acknowledged() {
    return acknowledged;
  }

  int intervalSeconds() {
    return intervalSeconds;
  }

  boolean expired(long nowNanos) {
    return nowNanos - lastActivityNanos > intervalSeconds * 1_000_000_000L;
  }
}
