package org.persistentchat.permission;

import java.util.Set;
import org.persistentchat.principal.model.PrincipalId;

/**
 * Who asks: the affiliations of a user (itself included) and whether the user is a Persistent
 * Chat administrator (an RBAC group, not a database role).
 */
public record Actor(Set<PrincipalId> affiliations, boolean administrator) {

  public Actor {
    affiliations = Set.copyOf(affiliations);
  }

  public static Actor user(Set<PrincipalId> affiliations) {
    return new Actor(affiliations, false);
  }

  public static Actor administrator(Set<PrincipalId> affiliations) {
    return new Actor(affiliations, true);
  }

  boolean holdsAnyOf(Set<PrincipalId> holders) {
    return holders.stream().anyMatch(affiliations::contains);
  }
}
