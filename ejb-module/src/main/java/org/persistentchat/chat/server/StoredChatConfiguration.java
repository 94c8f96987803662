package org.persistentchat.chat.server;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.persistentchat.settings.model.PersistentChatConfiguration;
import org.persistentchat.settings.store.SettingsStore;

/**
 * The Persistent Chat configuration administrators store (Set-CsPersistentChatConfiguration, over
 * /api/configuration) as this pool sees it: the pool's object
 * ({@code service:PersistentChatServer:<pchat.chat.domain>}), else global, else Lync's defaults.
 * Servers have no site here, so site objects govern no pool yet.
 */
@Stateless
public class StoredChatConfiguration {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  public PersistentChatConfiguration effective(String poolFqdn) {
    return new SettingsStore(em).effectiveConfiguration(null, poolFqdn);
  }
}
