package org.persistentchat.settings.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The scoped settings objects, named as their cmdlets name them, and their scopes. */
public enum SettingKind {
  CONFIGURATION("PersistentChatConfiguration",
      EnumSet.of(SettingScope.Level.GLOBAL, SettingScope.Level.SITE, SettingScope.Level.SERVICE)),
  POLICY("PersistentChatPolicy",
      EnumSet.of(SettingScope.Level.GLOBAL, SettingScope.Level.SITE, SettingScope.Level.TAG)),
  COMPLIANCE("PersistentChatComplianceConfiguration",
      EnumSet.of(SettingScope.Level.GLOBAL, SettingScope.Level.SITE, SettingScope.Level.SERVICE)),
  /** A pool's extra SIP addresses: setting name the address, value the display name. */
  ENDPOINT("PersistentChatEndpoint", EnumSet.of(SettingScope.Level.SERVICE));

  private final String storedName;
  private final Set<SettingScope.Level> levels;

  SettingKind(String storedName, Set<SettingScope.Level> levels) {
    this.storedName = storedName;
    this.levels = levels;
  }

  /** The value of {@code pchatSetting.settingKind}. */
  public String storedName() {
    return storedName;
  }

  /** Checks the scope is one this kind of object may live at. */
  public void requireAllowed(SettingScope scope) throws InvalidScopeException {
    if (!levels.contains(scope.level())) {
      throw new InvalidScopeException(scope.identity(), "is not a scope of " + storedName
          + "; allowed: " + levels.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT))
          .collect(Collectors.joining(", ")));
    }
  }
}
