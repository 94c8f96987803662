package org.persistentchat.invitation.store;

import org.persistentchat.room.model.NodeId;
import org.persistentchat.store.StoreException;

/**
 * The room may not send invitations: its category has them off, the room switched them off, or
 * the room is disabled. A room can never turn invitations on against its category.
 */
public class InvitationsOffException extends StoreException {

  public InvitationsOffException(NodeId room, String reason) {
    super("room " + room.value() + " sends no invitations: " + reason);
  }
}
