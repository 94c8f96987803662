package org.persistentchat.sipmessage;

import org.persistentchat.room.InvalidRequestException;

/** A MESSAGE body that is neither text/plain nor message/cpim: nothing a room can show. */
public class UnsupportedBodyException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  public UnsupportedBodyException(String contentType) {
    super("unsupported message body type " + contentType + "; send text/plain or message/cpim");
  }
}
