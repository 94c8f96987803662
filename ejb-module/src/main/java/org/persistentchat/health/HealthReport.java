package org.persistentchat.health;

import java.util.List;

/** The state of every component; the server is up only when all of them are. */
public record HealthReport(List<ComponentHealth> components) {

  public HealthReport {
    components = List.copyOf(components);
  }

  public boolean up() {
    return components.stream().allMatch(ComponentHealth::up);
  }
}
