package org.persistentchat.sipmessage;

import org.persistentchat.chat.ResponseCodes;
import org.persistentchat.room.LimitExceededException;
import org.persistentchat.room.RefusedException;

/**
 * The one mapping from refusals to the SIP status answering a MESSAGE. It follows the XCCOS
 * mapping (403, 404, 410) except where RFC 3428 names its own: 513 for a body too large, 415 for
 * a body type a room cannot show.
 */
final class MessageStatus {

  static final int OK = 200;
  static final int UNSUPPORTED_MEDIA_TYPE = 415;
  static final int MESSAGE_TOO_LARGE = 513;
  static final int SERVER_ERROR = 500;

  private MessageStatus() {}

  static int of(RefusedException refusal) {
    if (refusal instanceof UnsupportedBodyException) {
      return UNSUPPORTED_MEDIA_TYPE;
    }
    if (refusal instanceof LimitExceededException) {
      return MESSAGE_TOO_LARGE;
    }
    return ResponseCodes.sipStatusOf(refusal);
  }
}
