package org.persistentchat.settings.model;

import org.persistentchat.store.StoreException;

/** A scope identity that is malformed, or not a scope of the settings it is used for. */
public class InvalidScopeException extends StoreException {

  public InvalidScopeException(String identity, String problem) {
    super("scope '" + identity + "' " + problem);
  }
}
