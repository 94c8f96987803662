package org.persistentchat.chat.sip;

import org.persistentchat.sip.SipOutcome;

/** An INFO to a client failed: its dialog is gone (481, timeout, transport error, no dialog). */
public class DialogGoneException extends RuntimeException {

  public DialogGoneException(SipOutcome outcome) {
    super("client unreachable: " + outcome);
  }
}
