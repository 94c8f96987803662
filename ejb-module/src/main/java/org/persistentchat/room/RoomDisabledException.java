package org.persistentchat.room;

/** The room exists but a manager or administrator disabled it. */
public class RoomDisabledException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public RoomDisabledException(String channelUri) {
    super("room is disabled: " + channelUri);
  }
}
