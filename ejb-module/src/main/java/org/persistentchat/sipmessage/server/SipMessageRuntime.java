package org.persistentchat.sipmessage.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import org.persistentchat.chat.server.ChatRuntime;
import org.persistentchat.room.RefusedException;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.sipmessage.SipMessageRooms;

/**
 * The one SIP MESSAGE front end of this server, on the chat runtime's core. Built after the chat
 * runtime, and before any MESSAGE is taken it puts the stored memberships back, so members keep
 * receiving a room's posts across a restart.
 */
@Singleton
@Startup
@DependsOn("ChatRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SipMessageRuntime {

  @EJB
  private ChatRuntime chat;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Resource
  private ManagedExecutorService executor;

  private SipMessageRooms rooms;

  @PostConstruct
  void start() {
    SipMessageRooms built = new SipMessageRooms(chat.service(),
        MessageServerSettings.fromSystemProperties(), new AdapterOutbound(sip), executor,
        Clock.systemUTC());
    try {
      built.restore();
    } catch (RefusedException e) {
      throw new IllegalStateException("reading stored memberships refuses nothing", e);
    }
    rooms = built;
  }

  public SipMessageRooms rooms() {
    return rooms;
  }
}
