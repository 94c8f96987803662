package org.persistentchat.xccos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal element tree of one small, already size-checked envelope. Keeping only XCCOS
 * elements, unprefixed attributes and text makes the mapping code read like the protocol.
 */
final class XmlNode {

  private final String name;
  private final Map<String, String> attributes = new HashMap<>();
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlNode(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /** SIPE matches attribute names case-insensitively, so lookups here do too. */
  void putAttribute(String attributeName, String value) {
    attributes.putIfAbsent(attributeName.toLowerCase(Locale.ROOT), value);
  }

  Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName.toLowerCase(Locale.ROOT)));
  }

  void addChild(XmlNode child) {
    children.add(child);
  }

  void appendText(String more) {
    text.append(more);
  }

  String text() {
    return text.toString();
  }

  Optional<XmlNode> child(String childName) {
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  List<XmlNode> children(String childName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        found.add(child);
      }
    }
    return found;
  }
}
