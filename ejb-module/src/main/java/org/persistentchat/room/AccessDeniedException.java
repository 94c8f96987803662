package org.persistentchat.room;

/** The user is not allowed to do this in the room (not a member, not a presenter, ...). */
public class AccessDeniedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
