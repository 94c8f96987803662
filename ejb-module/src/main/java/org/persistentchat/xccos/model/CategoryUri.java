package org.persistentchat.xccos.model;

/**
 * A room category on the wire: {@code ma-cat://<domain>/<value>}; the root category is what
 * {@code rpl:getserverinfo} names in {@code rootUri}.
 */
public record CategoryUri(String domain, String value) {

  public static final String SCHEME = "ma-cat://";

  public CategoryUri {
    domain = NodeUri.domain(domain);
    value = NodeUri.value(value);
  }

  /**
   * Parses {@code ma-cat://<domain>/<value>}.
   *
   * @throws IllegalArgumentException if the text is not such a URI
   */
  public static CategoryUri parse(String text) {
    String[] parts = NodeUri.split(SCHEME, text);
    return new CategoryUri(parts[0], parts[1]);
  }

  public static CategoryUri of(String domain, String value) {
    return new CategoryUri(domain, value);
  }

  @Override
  public String toString() {
    return SCHEME + domain + "/" + value;
  }
}
