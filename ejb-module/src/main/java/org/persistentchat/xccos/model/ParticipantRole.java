package org.persistentchat.xccos.model;

/**
 * The {@code key} of an {@code aib} block: what a user is in a room. The numbers come from real
 * server traffic quoted by SIPE; they look like permission masks, but only these two are known.
 */
public enum ParticipantRole {
  PARTICIPANT(3984),
  /** SIPE shows these users as room operators. */
  MANAGER(12276);

  private final int key;

  ParticipantRole(int key) {
    this.key = key;
  }

  public int key() {
    return key;
  }
}
