package org.persistentchat.permission;

import java.util.Collections;
import java.util.Set;
import org.persistentchat.principal.model.PrincipalId;

/**
 * A category's AllowedMembers and DeniedMembers. A principal is in scope when one of its
 * affiliations (itself, its groups, OUs, domain) is allowed and none is denied: deny wins.
 */
public record Scope(Set<PrincipalId> allowed, Set<PrincipalId> denied) {

  public Scope {
    allowed = Set.copyOf(allowed);
    denied = Set.copyOf(denied);
  }

  public boolean admits(Set<PrincipalId> affiliations) {
    return !Collections.disjoint(allowed, affiliations)
        && Collections.disjoint(denied, affiliations);
  }
}
