package org.persistentchat.settings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A settings object as stored, before defaults are applied: the scope it is stored at and the
 * settings that have a value. A setting absent here is one the object leaves unset, so that a
 * reader can tell "unset" from "set to the default" and fill the gap from elsewhere.
 *
 * @param scope the scope's identity, such as {@code global} or {@code site:Redmond}
 * @param values setting name to value; settings without a value are left out
 */
public record ScopedValues(String scope, Map<String, String> values) {

  public ScopedValues {
    Objects.requireNonNull(scope, "scope");
    Map<String, String> set = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        set.put(name, value);
      }
    });
    values = Collections.unmodifiableMap(set);
  }
}
