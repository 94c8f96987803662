package org.persistentchat.sip.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.util.List;
import javax.naming.Reference;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipConnectorException;

/** The connection factory bound in JNDI; hands out pooled handles through the container. */
final class SipConnectionFactoryImpl implements SipConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final transient SipManagedConnectionFactory factory;
  private final transient ConnectionManager manager;
  private Reference reference;

  SipConnectionFactoryImpl(SipManagedConnectionFactory factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
  }

  @Override
  public SipConnection getConnection() {
    try {
      return (SipConnection) manager.allocateConnection(factory, null);
    } catch (ResourceException e) {
      throw new SipConnectorException("cannot obtain a SIP connection: " + e.getMessage(), e);
    }
  }

  @Override
  public List<ListeningAddress> listeningAddresses() {
    return factory.adapter().listeningAddresses();
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
