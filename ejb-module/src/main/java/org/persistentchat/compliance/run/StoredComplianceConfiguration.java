package org.persistentchat.compliance.run;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.persistentchat.settings.model.ScopedValues;
import org.persistentchat.settings.store.SettingsStore;

/**
 * The compliance object administrators stored for this server's pool (over
 * /api/compliance-configuration), read anew for every run: the pool's, else the site's, else the
 * global one.
 */
@Stateless
public class StoredComplianceConfiguration {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  /**
   * @param site the server's Lync site, or null when it has none
   * @param poolFqdn the pool's FQDN
   */
  public Optional<ScopedValues> governing(String site, String poolFqdn) {
    return new SettingsStore(em).storedCompliance(site, poolFqdn);
  }
}
