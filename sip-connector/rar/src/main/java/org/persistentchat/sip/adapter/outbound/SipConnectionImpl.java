package org.persistentchat.sip.adapter.outbound;

import java.util.concurrent.CompletionStage;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.RequestId;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectorException;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipResponse;

/** The handle an application holds; valid until closed or until its managed connection is cleaned up. */
final class SipConnectionImpl implements SipConnection {

  private volatile SipManagedConnection managed;

  SipConnectionImpl(SipManagedConnection managed) {
    this.managed = managed;
  }

  @Override
  public void respond(RequestId request, SipResponse response) {
    current().factory().adapter().respond(request, response);
  }

  @Override
  public CompletionStage<SipOutcome> send(DialogId dialog, OutboundRequest request) {
    return current().factory().adapter().send(dialog, request);
  }

  @Override
  public CompletionStage<SipOutcome> send(OutboundRequest request) {
    return current().factory().adapter().send(request);
  }

  @Override
  public void close() {
    SipManagedConnection m = managed;
    if (m != null) {
      managed = null;
      m.closeHandle(this);
    }
  }

  void moveTo(SipManagedConnection other) {
    SipManagedConnection old = managed;
    if (old != null && old != other) {
      old.forget(this);
    }
    managed = other;
  }

  void invalidate() {
    managed = null;
  }

  private SipManagedConnection current() {
    SipManagedConnection m = managed;
    if (m == null) {
      throw new SipConnectorException("the SIP connection is closed");
    }
    return m;
  }
}
