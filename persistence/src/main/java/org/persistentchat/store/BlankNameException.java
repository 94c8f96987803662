package org.persistentchat.store;

/** A required name is missing or blank. */
public class BlankNameException extends StoreException {

  public BlankNameException(String what) {
    super(what + " name must not be blank");
  }
}
