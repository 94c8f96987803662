package org.persistentchat.settings.model;

import java.time.Duration;
import java.util.List;
import org.persistentchat.store.HttpUrls;
import org.persistentchat.store.InvalidUrlException;

/** Bound checks that collect every violation instead of stopping at the first. */
final class Bounds {

  private Bounds() {}

  static void range(List<SettingViolation> out, String setting, long value, long min, long max,
      String unit) {
    if (value < min || value > max) {
      out.add(new SettingViolation(setting, Long.toString(value),
          String.format("%,d-%,d %s", min, max, unit)));
    }
  }

  static void range(List<SettingViolation> out, String setting, Duration value, Duration min,
      Duration max, String allowed) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      out.add(new SettingViolation(setting, String.valueOf(value), allowed));
    }
  }

  static void text(List<SettingViolation> out, String setting, String value, boolean required,
      int maxLength) {
    if (value == null || value.isBlank()) {
      if (required) {
        out.add(new SettingViolation(setting, "blank", "1-" + maxLength + " characters"));
      }
    } else if (value.length() > maxLength) {
      out.add(new SettingViolation(setting, value.length() + " characters",
          "at most " + maxLength + " characters"));
    }
  }

  static void optionalHttpUrl(List<SettingViolation> out, String setting, String value,
      int maxLength) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      HttpUrls.require(setting, value, maxLength);
    } catch (InvalidUrlException e) {
      out.add(new SettingViolation(setting, value,
          "empty, or an http(s) URL of at most " + maxLength + " characters"));
    }
  }
}
