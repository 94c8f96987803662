package org.persistentchat.sip;

/**
 * The second message-listener interface of the SIP resource adapter: message-driven beans
 * implement it to learn that a dialog ended (BYE either way, session expiry, transport failure,
 * 481 from the peer). Delivered through the WorkManager like requests, once to every activation,
 * after the adapter has forgotten the dialog: sending on it completes with
 * {@link SipOutcome.Kind#NO_SUCH_DIALOG}.
 */
public interface SipDialogListener {

  void onDialogEnded(DialogEnded ended);
}
