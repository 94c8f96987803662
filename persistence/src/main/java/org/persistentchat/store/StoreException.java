package org.persistentchat.store;

import jakarta.ejb.ApplicationException;

/**
 * An expected business failure of a store: the input breaks a rule of the product (a duplicate
 * name, a missing category...). Checked, because callers are built to handle it; it rolls the
 * container transaction back, and the stores validate before they write, so nothing is
 * half-written either way.
 */
@ApplicationException(rollback = true)
public abstract class StoreException extends Exception {

  protected StoreException(String message) {
    super(message);
  }

  protected StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
