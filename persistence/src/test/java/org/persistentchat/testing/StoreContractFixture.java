package org.persistentchat.testing;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.UUID;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.time.Ticks;

/** What every store contract needs from its backend: a fresh, migrated mgc. */
public interface StoreContractFixture {

  Ticks NOW = Ticks.of(Instant.parse("2026-03-01T12:00:00Z"));
  PrincipalId SYSTEM = PrincipalId.SYSTEM;

  /** A factory on an empty, migrated mgc database, new for each test. */
  EntityManagerFactory mgc();

  default PrincipalId user(String name) throws Exception {
    return principal("sip:" + name + "@contoso.com", PrincipalType.USER);
  }

  default PrincipalId group(String name) throws Exception {
    return principal("ma-grp:" + name, PrincipalType.GROUP);
  }

  private PrincipalId principal(String uri, PrincipalType type) throws Exception {
    Principal p = Transactions.inTransaction(mgc(), em -> new PrincipalStore(em)
        .add(UUID.randomUUID(), uri, type, uri, uri, SYSTEM, NOW));
    return p.id();
  }
}
