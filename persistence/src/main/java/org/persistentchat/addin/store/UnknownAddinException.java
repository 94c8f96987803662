package org.persistentchat.addin.store;

import org.persistentchat.addin.model.AddinId;
import org.persistentchat.store.StoreException;

/** No add-in with this id (or name) is registered in the pool. */
public class UnknownAddinException extends StoreException {

  public UnknownAddinException(AddinId addin) {
    super("no add-in with id " + addin.value());
  }

  public UnknownAddinException(String name) {
    super("no add-in named '" + name + "'");
  }
}
