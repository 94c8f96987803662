package org.persistentchat.settings.model;

import java.time.Duration;
import java.util.Map;

/**
 * Reads stored setting values. A value the store cannot parse (edited by hand in SQL) falls
 * back to the default rather than failing every reader; saving validates again.
 */
final class StoredValues {

  private StoredValues() {}

  static int integer(Map<String, String> s, String name, int fallback) {
    try {
      return s.containsKey(name) ? Integer.parseInt(s.get(name).strip()) : fallback;
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  static boolean bool(Map<String, String> s, String name, boolean fallback) {
    String v = s.get(name);
    return v == null ? fallback : Boolean.parseBoolean(v.strip());
  }

  static Duration duration(Map<String, String> s, String name, Duration fallback) {
    try {
      return s.containsKey(name) ? Duration.parse(s.get(name).strip()) : fallback;
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  static String text(Map<String, String> s, String name, String fallback) {
    return s.containsKey(name) ? s.get(name) : fallback;
  }
}
