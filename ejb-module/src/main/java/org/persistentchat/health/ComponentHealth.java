package org.persistentchat.health;

/** One component's state, with what was seen (for UP) or what failed (for DOWN). */
public record ComponentHealth(String name, boolean up, String detail) {

  static ComponentHealth up(String name, String detail) {
    return new ComponentHealth(name, true, detail);
  }

  static ComponentHealth down(String name, Exception cause) {
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new ComponentHealth(name, false, message);
  }
}
