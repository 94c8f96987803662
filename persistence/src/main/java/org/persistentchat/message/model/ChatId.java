package org.persistentchat.message.model;

import org.persistentchat.room.model.NodeId;

/** Identifies a message: its room and its per-room sequence number ({@code tblChat} key). */
public record ChatId(NodeId room, long sequence) {

  public ChatId {
    if (room == null || sequence <= 0) {
      throw new IllegalArgumentException("a chat id needs a room and a positive sequence");
    }
  }
}
