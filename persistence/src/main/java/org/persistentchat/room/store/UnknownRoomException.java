package org.persistentchat.room.store;

import org.persistentchat.room.model.NodeId;
import org.persistentchat.store.StoreException;

/** No room with this id exists. */
public class UnknownRoomException extends StoreException {

  public UnknownRoomException(NodeId room) {
    super("no room with id " + room.value());
  }
}
