package org.persistentchat.message;

import org.persistentchat.room.RefusedException;

/** A post to a room the posting session has not joined. */
public class NotJoinedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public NotJoinedException(String channelUri) {
    super("session has not joined " + channelUri);
  }
}
