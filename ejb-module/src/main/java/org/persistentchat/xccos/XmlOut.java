package org.persistentchat.xccos;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small append-only XML builder over a StringBuilder. Every attribute value and text is
 * escaped here and nowhere else, so no caller can forget it.
 */
final class XmlOut {

  private static final char REPLACEMENT = '\uFFFD';

  private final StringBuilder out = new StringBuilder(256);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;

  XmlOut start(String name) {
    closeStartTag();
    out.append('<').append(name);
    open.push(name);
    startTagOpen = true;
    return this;
  }

  XmlOut attribute(String name, String value) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute outside a start tag: " + name);
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  XmlOut attribute(String name, long value) {
    return attribute(name, Long.toString(value));
  }

  XmlOut text(String text) {
    closeStartTag();
    escape(text, false);
    return this;
  }

  /** Closes the innermost element, as {@code <x/>} when it has no content. */
  XmlOut end() {
    String name = open.pop();
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(name).append('>');
    }
    return this;
  }

  /** A text-only element, {@code <name>text</name>}. */
  XmlOut textElement(String name, String text) {
    return start(name).text(text).end();
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed element " + open.peek());
    }
    return out.toString();
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  private void escape(String value, boolean inAttribute) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          // Only "]]>" needs it, but escaping every '>' is simpler and equally valid.
          out.append("&gt;");
          break;
        case '"':
          out.append(inAttribute ? "&quot;" : "\"");
          break;
        case '\r':
          // A literal CR would be normalised away by the receiving parser.
          out.append("&#13;");
          break;
        case '\n':
          out.append(inAttribute ? "&#10;" : "\n");
          break;
        case '\t':
          out.append(inAttribute ? "&#9;" : "\t");
          break;
        default:
          i = appendOther(value, i, c);
      }
    }
  }

  /** Appends a character that needs no escape, replacing what XML 1.0 cannot carry at all. */
  private int appendOther(String value, int i, char c) {
    if (Character.isHighSurrogate(c)
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      out.append(c).append(value.charAt(i + 1));
      return i + 1;
    }
    boolean legal =
        c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    out.append(legal ? c : REPLACEMENT);
    return i;
  }
}
