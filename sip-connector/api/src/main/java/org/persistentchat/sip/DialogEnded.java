package org.persistentchat.sip;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Tells the application that a dialog is gone, so it can forget it (leave the rooms joined on it,
 * stop fanning out to it).
 *
 * @param dialog the dialog that ended
 * @param reason why it ended
 * @param remote the peer's address of record (the From of the dialog-creating INVITE)
 * @param at when the adapter noticed
 */
public record DialogEnded(DialogId dialog, DialogEndReason reason, SipUri remote, Instant at)
    implements Serializable {

  public DialogEnded {
    Objects.requireNonNull(dialog, "dialog");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(at, "at");
  }
}
