package org.persistentchat.room.store;

import org.persistentchat.room.model.NodeId;
import org.persistentchat.store.StoreException;

/** A category is deleted only when empty; delete or move its rooms first. */
public class CategoryNotEmptyException extends StoreException {

  public CategoryNotEmptyException(NodeId category, long rooms) {
    super("category " + category.value() + " still holds " + rooms + " room(s)");
  }
}
