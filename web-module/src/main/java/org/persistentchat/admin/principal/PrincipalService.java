package org.persistentchat.admin.principal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.time.Ticks;

/** Provisions users into the cached directory, one transaction per call. */
@Stateless
public class PrincipalService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public PrincipalView provision(PrincipalRequest request)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    Ticks now = AdminClock.now();
    String uri = request.uri().strip();
    // There is no directory behind the API yet, so the GUID that would be the AD objectGUID is
    // minted here; the user part stands in for the account name.
    Principal principal = new PrincipalStore(em).add(UUID.randomUUID(), uri, PrincipalType.USER,
        uri.substring("sip:".length(), uri.indexOf('@')), request.displayName(),
        AdminClock.ACTOR, now);
    if (request.email() != null) {
      principal.describe(request.email(), null, null, null, AdminClock.ACTOR.value(), now);
    }
    return PrincipalView.of(principal);
  }

  public Optional<PrincipalView> find(String uri) {
    return new PrincipalStore(em).findByUri(uri).map(PrincipalView::of);
  }
}
