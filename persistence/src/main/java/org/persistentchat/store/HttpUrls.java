package org.persistentchat.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URL checks shared by the stores. Clients open these URLs in a browser or the conversation
 * pane, so only absolute http and https URLs with a host are accepted.
 */
public final class HttpUrls {

  private HttpUrls() {}

  /** Trims the URL and checks it is an absolute http(s) URL of at most {@code maxLength}. */
  public static String require(String what, String url, int maxLength)
      throws InvalidUrlException {
    if (url == null || url.isBlank()) {
      throw new InvalidUrlException(what, String.valueOf(url), "is missing");
    }
    String trimmed = url.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidUrlException(what, trimmed,
          "is " + trimmed.length() + " characters long; at most " + maxLength + " are allowed");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new InvalidUrlException(what, trimmed, "is malformed: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidUrlException(what, trimmed, "must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new InvalidUrlException(what, trimmed, "has no host");
    }
    return trimmed;
  }
}
