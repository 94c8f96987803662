package org.persistentchat.session;

import java.io.Serializable;
import java.util.Objects;

/**
 * A room as the session registry knows it: the database node id (for compliance and stores)
 * and the wire URI (for notices), both plain values so the key crosses cluster nodes as is.
 *
 * @param nodeId {@code tblNode.nodeID}
 * @param channelUri the {@code ma-chan://} URI
 */
public record RoomKey(int nodeId, String channelUri) implements Serializable {

  public RoomKey {
    Objects.requireNonNull(channelUri, "channelUri");
    if (nodeId <= 0) {
      throw new IllegalArgumentException("node ids are positive: " + nodeId);
    }
  }
}
