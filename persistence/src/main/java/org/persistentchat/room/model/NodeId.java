package org.persistentchat.room.model;

/** Identifies a category or room ({@code tblNode.nodeID}) across module boundaries. */
public record NodeId(int value) {

  /** The hidden root category, its own parent. */
  public static final NodeId ROOT = new NodeId(1);

  public NodeId {
    if (value <= 0) {
      throw new IllegalArgumentException("node ids are positive: " + value);
    }
  }
}
