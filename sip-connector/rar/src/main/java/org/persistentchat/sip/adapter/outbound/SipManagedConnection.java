package org.persistentchat.sip.adapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A pooled connection to the adapter's SIP stack. It holds no socket of its own: sending goes
 * through the adapter, so this object only tracks its handles for the pool. No transactions:
 * a SIP message, once sent, cannot be taken back (docs/adr/0002).
 */
final class SipManagedConnection implements ManagedConnection {

  private final SipManagedConnectionFactory factory;
  private final Set<SipConnectionImpl> handles = ConcurrentHashMap.newKeySet();
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  SipManagedConnection(SipManagedConnectionFactory factory) {
    this.factory = factory;
  }

  SipManagedConnectionFactory factory() {
    return factory;
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    SipConnectionImpl handle = new SipConnectionImpl(this);
    handles.add(handle);
    return handle;
  }

  void closeHandle(SipConnectionImpl handle) {
    if (handles.remove(handle)) {
      ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
      event.setConnectionHandle(handle);
      listeners.forEach(l -> l.connectionClosed(event));
    }
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof SipConnectionImpl handle)) {
      throw new ResourceException("not a SIP connection handle: " + connection);
    }
    handle.moveTo(this);
    handles.add(handle);
  }

  void forget(SipConnectionImpl handle) {
    handles.remove(handle);
  }

  @Override
  public void cleanup() {
    handles.forEach(SipConnectionImpl::invalidate);
    handles.clear();
  }

  @Override
  public void destroy() {
    cleanup();
    listeners.clear();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("SIP sends are not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("SIP sends are not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "SIP (JAIN-SIP RI)";
      }

      @Override
      public String getEISProductVersion() {
        return "2.0";
      }

      @Override
      public int getMaxConnections() {
        return 0; // no limit of its own
      }

      @Override
      public String getUserName() {
        return null;
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
