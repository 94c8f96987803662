package org.persistentchat.capability;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;
import org.persistentchat.sip.SipResponse;

/** Answers OPTIONS (RFC 3261 §11) for any URI of this server: the keep-alive and probe of peers. */
@MessageDriven(
    activationConfig = @ActivationConfigProperty(propertyName = "methods", propertyValue = "OPTIONS"))
@ResourceAdapter(SipAdapterBinding.RESOURCE_ADAPTER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OptionsMdb implements SipRequestListener {

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Override
  public void onRequest(SipRequest request) {
    try (SipConnection connection = sip.getConnection()) {
      connection.respond(
          request.id(),
          SipResponse.status(200)
              .header("Allow", Capabilities.ALLOW)
              .header("Accept", Capabilities.ACCEPT)
              .header("Supported", Capabilities.SUPPORTED)
              .build());
    }
  }
}
