package org.persistentchat.room.store;

import org.persistentchat.room.model.NodeId;
import org.persistentchat.store.StoreException;

/** A room must belong to an existing category, and the given one does not exist. */
public class NoCategoryException extends StoreException {

  public NoCategoryException(NodeId category) {
    super(category == null ? "a room needs a category"
        : "no category with id " + category.value());
  }
}
