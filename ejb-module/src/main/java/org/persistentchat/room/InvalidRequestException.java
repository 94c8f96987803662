package org.persistentchat.room;

/** The request is well-formed XCCOS but its content cannot be honoured (bad argument). */
public class InvalidRequestException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
