package org.persistentchat.room;

/** A configured limit was exceeded (message size, ...). */
public class LimitExceededException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
