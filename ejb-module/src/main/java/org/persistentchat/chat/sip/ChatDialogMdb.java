package org.persistentchat.chat.sip;

import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.persistentchat.capability.SipAdapterBinding;
import org.persistentchat.chat.server.ChatRuntime;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.SipDialogListener;

/** A chat dialog ended (BYE, expiry, dead transport): the session parts all its rooms. */
@MessageDriven
@ResourceAdapter(SipAdapterBinding.RESOURCE_ADAPTER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatDialogMdb implements SipDialogListener {

  @EJB
  private ChatRuntime runtime;

  @Override
  public void onDialogEnded(DialogEnded ended) {
    runtime.service().closeSession(DialogSessions.sessionOf(ended.dialog()));
  }
}
