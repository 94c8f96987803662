package org.persistentchat.store;

/** Name checks shared by the stores. */
public final class Names {

  private Names() {}

  /** Trims the name and checks it is present and fits its column. */
  public static String require(String what, String name, int maxLength)
      throws BlankNameException, NameTooLongException {
    if (name == null || name.isBlank()) {
      throw new BlankNameException(what);
    }
    String trimmed = name.strip();
    if (trimmed.length() > maxLength) {
      throw new NameTooLongException(what, trimmed, maxLength);
    }
    return trimmed;
  }

  /** Checks an optional text fits its column. */
  public static String optional(String what, String text, int maxLength)
      throws NameTooLongException {
    if (text != null && text.length() > maxLength) {
      throw new NameTooLongException(what, text, maxLength);
    }
    return text;
  }
}
