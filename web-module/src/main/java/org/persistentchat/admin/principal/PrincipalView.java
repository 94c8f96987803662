package org.persistentchat.admin.principal;

import org.persistentchat.principal.model.Principal;

/** A principal as the API shows it. */
public record PrincipalView(int id, String uri, String type, String displayName, String email) {

  public static PrincipalView of(Principal p) {
    return new PrincipalView(p.id().value(), p.uri(), p.type().name(),
        p.displayName().orElse(null), p.email().orElse(null));
  }
}
