package org.persistentchat.sipmessage.server;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.persistentchat.capability.SipAdapterBinding;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sipmessage.InboundMessage;

/**
 * Every MESSAGE outside a dialog: to a room's URI (any user part but the pool's dialogs) or to
 * the pool URI, the lobby. Not transacted: the chat core runs its own units of work, and a post
 * is answered only after it committed.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "methods", propertyValue = "MESSAGE"),
    @ActivationConfigProperty(propertyName = "requestUserPattern", propertyValue = ".+")})
@ResourceAdapter(SipAdapterBinding.RESOURCE_ADAPTER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipMessageMdb implements SipRequestListener {

  @EJB
  private SipMessageRuntime runtime;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Override
  public void onRequest(SipRequest request) {
    try (SipConnection connection = sip.getConnection()) {
      if (request.toTag().isPresent()) {
        // A MESSAGE inside a dialog belongs to that dialog's session, which is not ours.
        connection.respond(request.id(), SipResponse.status(481).build());
        return;
      }
      runtime.rooms().onMessage(InboundMessage.of(request), (status, reason) -> {
        SipResponse.Builder response = SipResponse.status(status);
        if (!reason.isBlank()) {
          response.reason(reason);
        }
        connection.respond(request.id(), response.build());
      });
    }
  }
}
