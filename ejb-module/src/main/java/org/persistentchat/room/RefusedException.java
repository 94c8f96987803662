package org.persistentchat.room;

import jakarta.ejb.ApplicationException;

/**
 * An expected refusal of a user's request (unknown room, no permission, ...). Each subclass names
 * one reason; the command boundary maps the reason to an XCCOS response code in one place.
 * Throwing one rolls the unit of work back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  protected RefusedException(String message) {
    super(message);
  }
}
