package org.persistentchat.admin.principal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.persistentchat.admin.room.NameFilter;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;

/**
 * Get-CsPersistentChatEligiblePrincipal: the provisioned principals a rule admits, judged on their
 * affiliations (themselves, their groups, OUs and domain), filtered on the SIP address.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * @param filter part of the SIP address, or a pattern with {@code *} wildcards; null for all
   * @param max at most this many (ResultSize), or null for all
   */
  public static List<PrincipalView> of(EntityManager em, String filter, Integer max,
      BiPredicate<PrincipalId, Set<PrincipalId>> eligible) {
    PrincipalStore principals = new PrincipalStore(em);
    NameFilter addresses = filter == null || filter.isBlank() ? NameFilter.of(null)
        : NameFilter.of(filter.contains("*") ? filter.strip() : "*" + filter.strip() + "*");
    return principals.directory().stream()
        .filter(p -> addresses.matches(p.uri()))
        .filter(p -> eligible.test(p.id(), principals.affiliationsOf(p.id())))
        .limit(max == null ? Long.MAX_VALUE : max)
        .map(PrincipalView::of)
        .toList();
  }
}
