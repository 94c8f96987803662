package org.persistentchat.admin.category;

/** The three principal lists of a category, as they appear in paths. */
public enum CategoryList {
  ALLOWED_MEMBERS("allowed-members"),
  DENIED_MEMBERS("denied-members"),
  CREATORS("creators");

  private final String segment;

  CategoryList(String segment) {
    this.segment = segment;
  }

  public String segment() {
    return segment;
  }

  /** The list a path segment names, or none (the REST layer answers 404). */
  public static java.util.Optional<CategoryList> ofSegment(String segment) {
    for (CategoryList list : values()) {
      if (list.segment.equals(segment)) {
        return java.util.Optional.of(list);
      }
    }
    return java.util.Optional.empty();
  }
}
