package org.persistentchat.compliance.xml;

/**
 * Makes text fit XML 1.0. Chat text is user input and may hold control characters that XML cannot
 * carry at all, not even escaped; they become U+FFFD so that the record stays readable instead of
 * the whole file being rejected.
 */
final class XmlText {

  private static final int REPLACEMENT = 0xFFFD;

  private XmlText() {}

  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
          || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD)
          || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(allowed ? cp : REPLACEMENT);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }
}
