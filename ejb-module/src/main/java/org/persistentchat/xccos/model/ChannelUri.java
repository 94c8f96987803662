package org.persistentchat.xccos.model;

/**
 * A room on the wire: {@code ma-chan://<domain>/<value>}. The value is opaque (a GUID on Lync
 * 2013, a small number on older servers); SIPE keeps everything after the domain as the value.
 * Commands also name a room split into its parts, {@code <chanid domain=".." value=".."/>}.
 */
public record ChannelUri(String domain, String value) {

  public static final String SCHEME = "ma-chan://";

  public ChannelUri {
    domain = NodeUri.domain(domain);
    value = NodeUri.value(value);
  }

  /**
   * Parses {@code ma-chan://<domain>/<value>}.
   *
   * @throws IllegalArgumentException if the text is not such a URI
   */
  public static ChannelUri parse(String text) {
    String[] parts = NodeUri.split(SCHEME, text);
    return new ChannelUri(parts[0], parts[1]);
  }

  public static ChannelUri of(String domain, String value) {
    return new ChannelUri(domain, value);
  }

  @Override
  public String toString() {
    return SCHEME + domain + "/" + value;
  }
}
