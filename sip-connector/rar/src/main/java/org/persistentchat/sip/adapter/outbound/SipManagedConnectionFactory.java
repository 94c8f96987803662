package org.persistentchat.sip.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;
import org.persistentchat.sip.adapter.SipResourceAdapter;

/**
 * Creates the connection factory applications look up, and the managed connections behind it.
 * Managed connections are interchangeable (they all speak through the adapter's one stack), so
 * any pooled one matches any request.
 */
public class SipManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  private transient SipResourceAdapter adapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new SipConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new NotSupportedException("the SIP connector runs only inside the application server");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new SipManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (candidate instanceof SipManagedConnection mc && mc.factory() == this) {
        return mc;
      }
    }
    return null;
  }

  SipResourceAdapter adapter() {
    SipResourceAdapter a = adapter;
    if (a == null) {
      throw new org.persistentchat.sip.SipConnectorException("not associated with the SIP resource adapter");
    }
    return a;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return adapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    if (!(ra instanceof SipResourceAdapter sip)) {
      throw new ResourceException("not the SIP resource adapter: " + ra);
    }
    this.adapter = sip;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  // No configuration properties: equal when bound to the same adapter.
  @Override
  public boolean equals(Object o) {
    return o instanceof SipManagedConnectionFactory other && other.adapter == adapter;
  }

  @Override
  public int hashCode() {
    return adapter == null ? 0 : System.identityHashCode(adapter);
  }
}
