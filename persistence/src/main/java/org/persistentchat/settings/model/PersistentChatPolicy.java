package org.persistentchat.settings.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CsPersistentChatPolicy}: whether users governed by it may use Persistent Chat at all.
 * Off at global by default, so a fresh pool lets nobody in until an administrator decides.
 */
public record PersistentChatPolicy(boolean enablePersistentChat, String description) {

  public static final String ENABLE_PERSISTENT_CHAT = "EnablePersistentChat";
  public static final String DESCRIPTION = "Description";
  public static final int MAX_DESCRIPTION_LENGTH = 1024;

  public static final PersistentChatPolicy DEFAULTS = new PersistentChatPolicy(false, null);

  public static PersistentChatPolicy enabled(boolean enablePersistentChat) {
    return new PersistentChatPolicy(enablePersistentChat, null);
  }

  public List<SettingViolation> violations() {
    List<SettingViolation> out = new ArrayList<>();
    Bounds.text(out, DESCRIPTION, description, false, MAX_DESCRIPTION_LENGTH);
    return out;
  }

  public Map<String, String> toSettings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put(ENABLE_PERSISTENT_CHAT, Boolean.toString(enablePersistentChat));
    s.put(DESCRIPTION, description);
    return s;
  }

  public static PersistentChatPolicy fromSettings(Map<String, String> s) {
    return new PersistentChatPolicy(
        StoredValues.bool(s, ENABLE_PERSISTENT_CHAT, DEFAULTS.enablePersistentChat),
        s.get(DESCRIPTION));
  }
}
