package org.persistentchat.chat;

import org.persistentchat.room.RefusedException;

/** The user may not use Persistent Chat: policy off, unknown to the directory, or disabled. */
public class ChatNotEnabledException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public ChatNotEnabledException(String message) {
    super(message);
  }
}
