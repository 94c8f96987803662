package org.persistentchat.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.persistentchat.capability.SipAdapterBinding;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;
import org.persistentchat.sip.SipResponse;

/**
 * Measures outbound in-dialog requests: accepts an INVITE to {@code sip:pchat-bench@...}, then
 * sends {@code X-Bench-Infos} INFO requests inside that dialog through the adapter (see {@link
 * InfoBurst}) and ends it with a BYE whose {@code X-Bench-Result} header reports the rate.
 *
 * <p>Off unless {@value #ENABLED} is {@code true}; then the INVITE is answered 404, as for any
 * URI nobody serves.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "methods", propertyValue = "INVITE"),
    @ActivationConfigProperty(propertyName = "requestUserPattern", propertyValue = InfoBurstMdb.USER)})
@ResourceAdapter(SipAdapterBinding.RESOURCE_ADAPTER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InfoBurstMdb implements SipRequestListener {

  static final String ENABLED = "pchat.bench.enabled";
  static final String USER = "pchat-bench";

  /** Gives the peer time to send its ACK before the first INFO arrives. */
  private static final long START_DELAY_MILLIS = 300;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Resource
  private ManagedScheduledExecutorService executor;

  @Override
  public void onRequest(SipRequest request) {
    try (SipConnection connection = sip.getConnection()) {
      if (!Boolean.getBoolean(ENABLED) || request.dialog().isEmpty()) {
        connection.respond(request.id(), SipResponse.status(404).reason("Not Found").build());
        return;
      }
      InfoBurst burst;
      try {
        burst = InfoBurst.of(request.header("X-Bench-Infos").orElse(""),
            request.header("X-Bench-Window").orElse(""));
      } catch (IllegalArgumentException e) {
        connection.respond(request.id(), SipResponse.status(400).reason(e.getMessage()).build());
        return;
      }
      DialogId dialog = request.dialog().get();
      connection.respond(request.id(), SipResponse.status(200).build());
      executor.schedule(() -> burst.run(sip, dialog), START_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }
  }
}
