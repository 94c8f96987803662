package org.persistentchat.store;

/**
 * The name is taken in this pool. Categories and rooms share one name space (a room may not be
 * named like a category), compared without regard to case as SQL Server's default collation does.
 */
public class DuplicateNameException extends StoreException {

  public DuplicateNameException(String what, String name) {
    super(what + " name '" + name + "' is already used in this pool");
  }
}
