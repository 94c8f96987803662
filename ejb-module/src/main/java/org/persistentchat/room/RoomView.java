package org.persistentchat.room;

import java.util.Objects;
import org.persistentchat.permission.CategoryRules;
import org.persistentchat.permission.RoomRules;
import org.persistentchat.room.model.Node;
import org.persistentchat.session.RoomKey;
import org.persistentchat.xccos.model.ChannelUri;

/**
 * A room with everything the permission rules need, read in one unit of work.
 *
 * @param room the room's node
 * @param category the room's category node
 * @param rules the room's privacy, type, state and role holders
 * @param categoryRules the category's scope, creators and switches
 * @param uri the room's wire URI
 * @param key the room's key in the session registry
 */
public record RoomView(Node room, Node category, RoomRules rules, CategoryRules categoryRules,
    ChannelUri uri, RoomKey key) {

  public RoomView {
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(categoryRules, "categoryRules");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(key, "key");
  }
}
