package org.persistentchat.chat;

import org.persistentchat.room.RefusedException;

/** The chat service is stopping and takes no new session; the client should try again later. */
public class ChatStoppingException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public ChatStoppingException(String message) {
    super(message);
  }
}
