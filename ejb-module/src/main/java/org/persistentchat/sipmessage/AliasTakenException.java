package org.persistentchat.sipmessage;

import org.persistentchat.room.InvalidRequestException;

/** An administrator chose an alias another room already has. */
public class AliasTakenException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  public AliasTakenException(RoomAlias alias) {
    super("room alias " + alias + " is taken by another room");
  }
}
