package org.persistentchat.admin.addin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.model.AddinId;
import org.persistentchat.addin.store.AddinInUseException;
import org.persistentchat.addin.store.AddinStore;
import org.persistentchat.addin.store.UnknownAddinException;
import org.persistentchat.store.StoreException;

/** Add-in registration, one transaction per call. */
@Stateless
public class AddinService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public List<AddinView> list() {
    AddinStore addins = new AddinStore(em);
    return addins.list().stream().map(a -> AddinView.of(a, addins.roomsUsing(a.addinId())))
        .toList();
  }

  public AddinView get(UUID id) throws UnknownAddinException {
    AddinStore addins = new AddinStore(em);
    Addin addin = addins.require(new AddinId(id));
    return AddinView.of(addin, addins.roomsUsing(addin.addinId()));
  }

  public AddinView register(AddinRequest request) throws StoreException {
    return AddinView.of(new AddinStore(em).register(request.name(), request.url()), List.of());
  }

  public AddinView update(UUID id, AddinRequest request) throws StoreException {
    AddinStore addins = new AddinStore(em);
    Addin addin = addins.update(new AddinId(id), request.name(), request.url());
    return AddinView.of(addin, addins.roomsUsing(addin.addinId()));
  }

  public void remove(UUID id) throws UnknownAddinException, AddinInUseException {
    new AddinStore(em).remove(new AddinId(id));
  }
}
