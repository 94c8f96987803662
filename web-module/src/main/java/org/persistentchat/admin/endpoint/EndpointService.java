package org.persistentchat.admin.endpoint;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.PoolAddresses;
import org.persistentchat.settings.store.EndpointStore;
import org.persistentchat.settings.store.EndpointStore.Endpoint;
import org.persistentchat.store.StoreException;

/** Endpoint registration, one transaction per call. */
@Stateless
public class EndpointService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public List<Endpoint> list() {
    return new EndpointStore(em).list();
  }

  public Optional<Endpoint> find(String sipAddress) {
    return new EndpointStore(em).find(sipAddress);
  }

  public Endpoint add(EndpointRequest request) throws StoreException {
    String pool = request.pool() == null || request.pool().isBlank()
        ? PoolAddresses.address().domain() : request.pool().strip();
    return new EndpointStore(em).add(pool, request.sipAddress().strip(), request.displayName(),
        AdminClock.ACTOR, AdminClock.now());
  }

  public boolean remove(String sipAddress) {
    return new EndpointStore(em).remove(sipAddress, AdminClock.ACTOR, AdminClock.now());
  }
}
