package org.persistentchat.sip;

import java.io.Serializable;
import java.util.List;

/**
 * Obtains {@link SipConnection}s. Bound by the adapter at {@link #JNDI_NAME}; inject it with
 * {@code @Resource(lookup = SipConnectionFactory.JNDI_NAME)}.
 */
public interface SipConnectionFactory extends Serializable, jakarta.resource.Referenceable {

  String JNDI_NAME = "java:/pchat/sip/ConnectionFactory";

  SipConnection getConnection();

  /** The addresses the adapter is listening on now; empty while it is not started. */
  List<ListeningAddress> listeningAddresses();
}
