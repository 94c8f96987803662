package org.persistentchat.principal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalAffiliation;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;
import org.persistentchat.time.Ticks;

/** The cached directory: principals and their transitive affiliations. */
public class PrincipalStore {

  private final EntityManager em;

  public PrincipalStore(EntityManager em) {
    this.em = em;
  }

  /** Caches a directory principal; its self-affiliation is written with it. */
  public Principal add(UUID guid, String uri, PrincipalType type, String name,
      String displayName, PrincipalId actor, Ticks now)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    String checkedUri = Names.require("principal URI", uri,
        Principal.MAX_URI_LENGTH);
    Names.optional("principal", name, Principal.MAX_NAME_LENGTH);
    Names.optional("principal display", displayName,
        Principal.MAX_NAME_LENGTH);
    if (findByUri(checkedUri).isPresent()) {
      throw new DuplicateNameException("principal URI", checkedUri);
    }
    Principal principal =
        new Principal(guid, checkedUri, type, name, displayName, actor.value(), now);
    em.persist(principal);
    em.flush();
    em.persist(new PrincipalAffiliation(principal.id(), principal.id(),
        PrincipalAffiliation.SELF_INDEX, actor.value()));
    em.flush();
    return principal;
  }

  /**
   * The principal with this URI, added with the given type and names if the cache does not know
   * it yet. Two transactions adding the same new URI at once would both miss it
   * and then collide on the unique URI; instead, a miss takes a row lock on the system
   * principal and looks again, so concurrent first contacts queue for the lock and each one
   * after the first finds the row the first committed. Known URIs never take the lock. The lock
   * is held until the caller's transaction ends, so callers keep that transaction short.
   */
  public Principal findOrAdd(String uri, PrincipalType type, String name, String displayName,
      PrincipalId actor, Ticks now) throws BlankNameException, NameTooLongException {
    String checkedUri = Names.require("principal URI", uri, Principal.MAX_URI_LENGTH);
    Optional<Principal> known = findByUri(checkedUri);
    if (known.isPresent()) {
      return known.get();
    }
    em.find(Principal.class, PrincipalId.SYSTEM.value(), LockModeType.PESSIMISTIC_WRITE);
    known = findByUri(checkedUri);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      return add(UUID.randomUUID(), checkedUri, type, name, displayName, actor, now);
    } catch (DuplicateNameException e) {
      // Only reachable if a writer added the URI without taking the lock (an import, say).
      throw new IllegalStateException("principal " + checkedUri + " appeared under the lock", e);
    }
  }

  public Optional<Principal> find(PrincipalId id) {
    return Optional.ofNullable(em.find(Principal.class, id.value()));
  }

  public Principal require(PrincipalId id) throws UnknownPrincipalException {
    return find(id).orElseThrow(() -> new UnknownPrincipalException(id));
  }

  public Optional<Principal> findByUri(String uri) {
    return em.createQuery("SELECT p FROM Principal p WHERE p.uri = :uri", Principal.class)
        .setParameter("uri", uri)
        .getResultStream()
        .findFirst();
  }

  /**
   * Every cached principal an administrator deals with, by URI: users, groups, OUs and domains,
   * without the system user every pool has.
   */
  public List<Principal> directory() {
    return em.createQuery("SELECT p FROM Principal p ORDER BY p.uri", Principal.class)
        .getResultStream()
        .filter(p -> p.type() != PrincipalType.SYSTEM_USER)
        .toList();
  }

  /** Checks that every id names a cached principal, before anything is written. */
  public void requireAll(Collection<PrincipalId> ids) throws UnknownPrincipalException {
    for (PrincipalId id : ids) {
      require(id);
    }
  }

  /**
   * Replaces the principal's affiliations by {@code groups} (transitive, in directory order),
   * keeping the self-affiliation.
   */
  public void setAffiliations(PrincipalId principal, List<PrincipalId> groups, PrincipalId actor)
      throws UnknownPrincipalException {
    require(principal);
    requireAll(groups);
    em.createQuery("DELETE FROM PrincipalAffiliation a WHERE a.principalId = :p"
            + " AND a.index <> " + PrincipalAffiliation.SELF_INDEX)
        .setParameter("p", principal.value())
        .executeUpdate();
    int index = 0;
    for (PrincipalId group : new LinkedHashSet<>(groups)) {
      if (!group.equals(principal)) {
        em.persist(new PrincipalAffiliation(principal, group, index++, actor.value()));
      }
    }
    em.flush();
  }

  /** The principal itself and every group, OU and domain it belongs to. */
  public Set<PrincipalId> affiliationsOf(PrincipalId principal) {
    List<Integer> ids = em.createQuery("SELECT a.affiliationId FROM PrincipalAffiliation a"
            + " WHERE a.principalId = :p ORDER BY a.index", Integer.class)
        .setParameter("p", principal.value())
        .getResultList();
    Set<PrincipalId> result = new LinkedHashSet<>();
    ids.forEach(id -> result.add(new PrincipalId(id)));
    return result;
  }
}
