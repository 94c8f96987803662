package org.persistentchat.admin.room;

import jakarta.persistence.EntityManager;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.permission.CategoryRules;
import org.persistentchat.permission.RoomRules;
import org.persistentchat.room.NoSuchRoomException;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.store.UnknownRoomException;

/**
 * A room's and its category's permission rules, loaded exactly as the chat service loads them, so
 * the admin API, the room-management API and the chat service judge one room alike.
 */
public record RoomPermissions(RoomRules room, CategoryRules category) {

  public static RoomPermissions load(EntityManager em, Node room) throws UnknownRoomException {
    try {
      org.persistentchat.room.RoomView view = new RoomDirectory(PoolAddresses.address())
          .open(em, PoolAddresses.address().uriOf(room));
      return new RoomPermissions(view.rules(), view.categoryRules());
    } catch (NoSuchRoomException e) {
      UnknownRoomException gone = new UnknownRoomException(room.id());
      gone.initCause(e);
      throw gone;
    }
  }
}
