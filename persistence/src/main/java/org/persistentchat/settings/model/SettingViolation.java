package org.persistentchat.settings.model;

/**
 * One setting outside its bounds.
 *
 * @param setting the setting's cmdlet parameter name, e.g. {@code DefaultChatHistory}
 * @param value the rejected value as given
 * @param allowed the allowed values in words, e.g. {@code 1-500 messages}
 */
public record SettingViolation(String setting, String value, String allowed) {

  @Override
  public String toString() {
    return setting + " is " + value + "; allowed: " + allowed;
  }
}
