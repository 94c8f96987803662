package org.persistentchat.chat;

import org.persistentchat.room.RefusedException;

/** getpref for a bundle that does not exist, without createdefault. */
public class NoSuchPreferenceException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public NoSuchPreferenceException(String label) {
    super("no preference bundle " + label);
  }
}
