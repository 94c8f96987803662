package org.persistentchat.room;


/** An administrator chose an alias another room already has. */
public class AliasTakenException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  public AliasTakenException(RoomAlias alias) {
    super("room alias " + alias + " is taken by another room");
  }
}
