package org.persistentchat.chat;

import org.persistentchat.message.NotJoinedException;
import org.persistentchat.room.AccessDeniedException;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.LimitExceededException;
import org.persistentchat.room.NoSuchRoomException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomDisabledException;
import org.persistentchat.xccos.model.ResponseCode;

/**
 * The one mapping from refusals to XCCOS response codes. Posts have no XCCOS reply; their INFO is
 * answered with the code's number as SIP status, which our code table chose to be valid SIP
 * statuses with the same meaning (403 Forbidden, 404 Not Found, 410 Gone, 413 Too Large).
 */
public final class ResponseCodes {

  private ResponseCodes() {}

  public static ResponseCode of(RefusedException refusal) {
    if (refusal instanceof NoSuchRoomException || refusal instanceof NoSuchPreferenceException) {
      return ResponseCode.ERR_NO_SUCH_NODE;
    }
    if (refusal instanceof RoomDisabledException) {
      return ResponseCode.ERR_NODE_DISABLED;
    }
    if (refusal instanceof AccessDeniedException || refusal instanceof NotJoinedException
        || refusal instanceof ChatNotEnabledException) {
      return ResponseCode.ERR_PERMISSION;
    }
    if (refusal instanceof LimitExceededException) {
      return ResponseCode.ERR_LIMIT_EXCEEDED;
    }
    if (refusal instanceof InvalidRequestException) {
      return ResponseCode.ERR_INVALID_ARGUMENT;
    }
    if (refusal instanceof ChatStoppingException) {
      // No XCCOS code says "come back later"; the SIP layer answers 503 instead.
      return ResponseCode.ERR_SERVER;
    }
    // A refusal type added without a mapping is a programming error; fail loudly in tests.
    throw new IllegalArgumentException("no response code for " + refusal.getClass().getName());
  }

  /** The SIP status answering a refused post. */
  public static int sipStatusOf(RefusedException refusal) {
    return of(refusal).code();
  }
}
