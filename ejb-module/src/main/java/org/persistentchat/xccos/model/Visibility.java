package org.persistentchat.xccos.model;

/**
 * Room privacy as sent in the {@code visibility} info item. SIPE flags a room private only for
 * the value {@code private}; the other values are our choice for the SDK's Open and Secret.
 */
public enum Visibility {
  OPEN("public"),
  CLOSED("private"),
  SECRET("secret");

  private final String wireValue;

  Visibility(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }
}
