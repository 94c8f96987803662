package org.persistentchat.sip;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names one SIP dialog the adapter keeps, by the values RFC 3261 §12 identifies it with: the
 * Call-ID and both tags. A plain value, so it can be stored, serialized and sent to another
 * cluster member; only the member whose adapter created the dialog can send on it.
 *
 * @param callId the Call-ID
 * @param localTag our tag (the To tag of the dialog-creating request's response)
 * @param remoteTag the peer's tag (the From tag of the dialog-creating request)
 */
public record DialogId(String callId, String localTag, String remoteTag) implements Serializable {

  public DialogId {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(localTag, "localTag");
    Objects.requireNonNull(remoteTag, "remoteTag");
  }

  @Override
  public String toString() {
    return callId + ";local=" + localTag + ";remote=" + remoteTag;
  }
}
