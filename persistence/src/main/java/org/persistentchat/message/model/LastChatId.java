package org.persistentchat.message.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.room.model.NodeId;

/**
 * The per-room message sequence ({@code tblLastChatId}). Stores bump it with one SQL update in
 * the poster's transaction; this entity creates the row with a room and reads it.
 */
@Entity
@Table(name = "tblLastChatId")
public class LastChatId {

  @Id
  @Column(name = "nodeID")
  private int nodeId;

  @Column(name = "lastChatID", nullable = false)
  private long lastChatId;

  protected LastChatId() {}

  public LastChatId(NodeId room) {
    this.nodeId = room.value();
  }

  public NodeId room() {
    return new NodeId(nodeId);
  }

  public long lastChatId() {
    return lastChatId;
  }
}
