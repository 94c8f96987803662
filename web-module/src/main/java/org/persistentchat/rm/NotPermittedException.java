package org.persistentchat.rm;

import jakarta.ejb.ApplicationException;

/**
 * The caller's room rights (Lync's Creator and Manager roles) do not cover the request, or the
 * login stands for no usable principal. Rolls back, so a refused call changes nothing.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends Exception {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }
}
