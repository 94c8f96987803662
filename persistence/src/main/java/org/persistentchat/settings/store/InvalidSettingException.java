package org.persistentchat.settings.store;

import java.util.List;
import java.util.stream.Collectors;
import org.persistentchat.settings.model.SettingViolation;
import org.persistentchat.store.StoreException;

/**
 * Settings outside their bounds. Lists every violation at once, each naming the setting and its
 * allowed range, so an administrator fixes them in one go.
 */
public class InvalidSettingException extends StoreException {

  private final List<SettingViolation> violations;

  public InvalidSettingException(String kind, List<SettingViolation> violations) {
    super(kind + " rejected: " + violations.stream().map(SettingViolation::toString)
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<SettingViolation> violations() {
    return violations;
  }
}
