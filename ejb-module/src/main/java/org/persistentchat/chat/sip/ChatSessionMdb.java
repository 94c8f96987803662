package org.persistentchat.chat.sip;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.persistentchat.capability.SipAdapterBinding;
import org.persistentchat.chat.ChatService;
import org.persistentchat.chat.ChatStoppingException;
import org.persistentchat.chat.server.ChatRuntime;
import org.persistentchat.room.RefusedException;
import org.persistentchat.session.SessionId;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sip.SipRequest;
import org.persistentchat.sip.SipRequestListener;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.Transport;

/**
 * The chat service's SIP face for Lync/SIPE clients: an INVITE to the pool URI opens a chat
 * session on the dialog it creates; each INFO on that dialog carries one XCCOS command or post.
 *
 * <p>Not transacted: the chat core runs its own transactions (one per unit of work, with the
 * compliance record), and a 200 to an INFO is given only after the post it acknowledges committed.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "methods", propertyValue = "INVITE,INFO,UPDATE"),
    @ActivationConfigProperty(propertyName = "requestUserPattern", propertyValue = "ocschat")})
@ResourceAdapter(SipAdapterBinding.RESOURCE_ADAPTER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatSessionMdb implements SipRequestListener {

  @EJB
  private ChatRuntime runtime;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Override
  public void onRequest(SipRequest request) {
    try (SipConnection connection = sip.getConnection()) {
      switch (request.method()) {
        case "INVITE" -> invite(request, connection);
        case "INFO" -> info(request, connection);
        case "UPDATE" -> refresh(request, connection);
        default -> connection.respond(request.id(), SipResponse.status(405).header("Allow", "INVITE, INFO, UPDATE").build());
      }
    }
  }

  private void invite(SipRequest request, SipConnection connection) {
    if (request.toTag().isPresent()) {
      // A re-INVITE refreshes the session (RFC 4028); the session itself is unchanged.
      refresh(request, connection);
      return;
    }
    DialogId dialog = request.dialog().orElseThrow(
        () -> new IllegalStateException("the adapter names the dialog an INVITE will create"));
    try {
      runtime.service().openSession(DialogSessions.sessionOf(dialog), request.assertedIdentity());
    } catch (ChatStoppingException e) {
      connection.respond(request.id(), SipResponse.status(ChatService.SERVICE_UNAVAILABLE)
          .reason("Chat Service Stopping").build());
      return;
    } catch (RefusedException e) {
      connection.respond(request.id(), SipResponse.status(403).reason("Persistent Chat Not Enabled").build());
      return;
    }
    ListeningAddress here = listeningPoint(request.transport());
    String poolUser = runtime.settings().chatServerUri().user().orElse("ocschat");
    String contact = "<sip:" + poolUser + "@" + here.host() + ":" + here.port()
        + (request.transport() == Transport.UDP ? "" : ";transport=" + request.transport().token()) + ">";
    connection.respond(request.id(), SipResponse.status(200)
        .header("Contact", contact)
        .body("application/sdp", SdpAnswer.forMessageSession(here, runtime.settings().chatServerUri()))
        .build());
  }

  /**
   * A session refresh (UPDATE, SIPE's keep-alive, or re-INVITE) counts as activity; on a dialog
   * whose chat session has ended it gets 481, SIPE's cue to reconnect.
   */
  private void refresh(SipRequest request, SipConnection connection) {
    boolean known = request.dialog().map(DialogSessions::sessionOf)
        .map(runtime.service()::keepAlive)
        .orElse(false);
    connection.respond(request.id(), SipResponse.status(known ? 200 : 481).build());
  }

  private void info(SipRequest request, SipConnection connection) {
    SessionId session = request.dialog().map(DialogSessions::sessionOf).orElse(null);
    if (session == null) {
      connection.respond(request.id(), SipResponse.status(481).build());
      return;
    }
    ChatService chat = runtime.service();
    chat.onInfo(session, request.body(), status -> connection.respond(request.id(), SipResponse.status(status).build()));
  }

  private ListeningAddress listeningPoint(Transport transport) {
    return sip.listeningAddresses().stream()
        .filter(a -> a.transport() == transport)
        .findFirst()
        .orElseGet(() -> sip.listeningAddresses().get(0));
  }
}
