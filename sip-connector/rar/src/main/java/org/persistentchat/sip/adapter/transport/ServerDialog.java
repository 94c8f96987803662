package org.persistentchat.sip.adapter.transport;

import java.net.InetSocketAddress;
import java.util.Optional;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
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
  /** Guards the two fields below; not the dialog's own monitor, which senders hold during I/O. */
  private final Object ackLock = new Object();
  /** CSeq of the latest INVITE whose 2xx send has returned (the stack's 2xx timer then runs). */
  private long answeredInvite = -1;
  /** An ACK that came while the 2xx to its INVITE was still being sent, and its CSeq. */
  private ServerTransaction earlyAck;
  private long earlyAckCseq;

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

  /**
   * The peer's ACK for the INVITE with this CSeq arrived. The stack may have ignored it, if it came
   * while our 2xx was still being sent (see {@link SipStackService}). Returns the ACK when the send
   * has returned, to be given to the stack again now; otherwise keeps it for {@link #inviteAnswered}.
   */
  Optional<ServerTransaction> ackArrived(ServerTransaction ack, long cseq) {
    synchronized (ackLock) {
      if (cseq <= answeredInvite) {
        return Optional.of(ack);
      }
      earlyAck = ack;
      earlyAckCseq = cseq;
      return Optional.empty();
    }
  }

  /** The 2xx to the INVITE with this CSeq has been sent; returns an ACK that came meanwhile. */
  Optional<ServerTransaction> inviteAnswered(long cseq) {
    synchronized (ackLock) {
      answeredInvite = Math.max(answeredInvite, cseq);
      ServerTransaction ack = earlyAck != null && earlyAckCseq == cseq ? earlyAck : null;
      earlyAck = null;
      return Optional.ofNullable(ack);
    }
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
