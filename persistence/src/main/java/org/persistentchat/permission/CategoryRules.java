package org.persistentchat.permission;

import java.util.Set;
import org.persistentchat.principal.model.PrincipalId;

/** What a category imposes on its rooms: scope, creators and the three feature switches. */
public record CategoryRules(Scope scope, Set<PrincipalId> creators, boolean invitations,
    boolean fileUpload, boolean chatHistory) {

  public CategoryRules {
    creators = Set.copyOf(creators);
  }
}
