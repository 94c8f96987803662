package org.persistentchat.addin.store;

import java.util.List;
import org.persistentchat.store.StoreException;

/**
 * The add-in is still chosen by rooms; they must pick another one (or none) first, so that no
 * room points at a missing add-in.
 */
public class AddinInUseException extends StoreException {

  private final List<String> rooms;

  public AddinInUseException(String addin, List<String> rooms) {
    super("add-in '" + addin + "' is used by " + rooms.size() + " room(s): "
        + String.join(", ", rooms.subList(0, Math.min(rooms.size(), 10)))
        + (rooms.size() > 10 ? ", ..." : ""));
    this.rooms = List.copyOf(rooms);
  }

  /** Names of the rooms using the add-in. */
  public List<String> rooms() {
    return rooms;
  }
}
