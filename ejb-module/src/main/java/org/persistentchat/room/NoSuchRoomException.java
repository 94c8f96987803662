package org.persistentchat.room;

/**
 * The URI names no room of this pool, or a Secret room the user may not know about: answering
 * "no such room" rather than "no permission" keeps Secret rooms secret.
 */
public class NoSuchRoomException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public NoSuchRoomException(String channelUri) {
    super("no such room: " + channelUri);
  }
}
