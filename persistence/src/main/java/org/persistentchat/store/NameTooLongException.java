package org.persistentchat.store;

/** A name is longer than its column allows (e.g. 256 characters for categories and rooms). */
public class NameTooLongException extends StoreException {

  public NameTooLongException(String what, String name, int maxLength) {
    super(what + " name is " + name.length() + " characters long; at most " + maxLength
        + " are allowed");
  }
}
