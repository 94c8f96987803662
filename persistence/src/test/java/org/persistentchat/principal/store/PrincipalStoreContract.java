package org.persistentchat.principal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.testing.Transactions.count;
import static org.persistentchat.testing.Transactions.inTransaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.testing.StoreContractFixture;

/** How every backend's PrincipalStore adds a user it meets for the first time. */
public interface PrincipalStoreContract extends StoreContractFixture {

  int THREADS = 8;

  private Principal findOrAdd(String uri) throws Exception {
    return inTransaction(mgc(), em -> new PrincipalStore(em)
        .findOrAdd(uri, PrincipalType.USER, uri, uri, SYSTEM, NOW));
  }

  private long principalsWithUri(String uri) throws Exception {
    return inTransaction(mgc(), em -> em.createQuery(
            "SELECT COUNT(p) FROM Principal p WHERE p.uri = :uri", Long.class)
        .setParameter("uri", uri).getSingleResult());
  }

  /** Runs every task on its own thread, all released together, each in its own transaction. */
  private List<Principal> atOnce(List<String> uris) throws Exception {
    CyclicBarrier start = new CyclicBarrier(uris.size());
    List<Callable<Principal>> tasks = new ArrayList<>();
    for (String uri : uris) {
      tasks.add(() -> {
        start.await();
        return findOrAdd(uri);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(uris.size());
    List<Principal> added = new ArrayList<>();
    try {
      for (Future<Principal> f : pool.invokeAll(tasks)) {
        added.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    return added;
  }

  @Test
  default void givenAKnownUser_whenFoundOrAdded_thenTheCachedPrincipalIsReturned()
      throws Exception {
    Principal first = findOrAdd("sip:alice@contoso.com");

    Principal again = findOrAdd("sip:alice@contoso.com");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(principalsWithUri("sip:alice@contoso.com")).isEqualTo(1);
  }

  @Test
  default void givenANewUser_whenFoundOrAdded_thenItIsAUserAffiliatedWithItself()
      throws Exception {
    Principal added = findOrAdd("sip:bob@contoso.com");
    Set<PrincipalId> affiliations =
        inTransaction(mgc(), em -> new PrincipalStore(em).affiliationsOf(added.id()));

    assertThat(added.type()).isEqualTo(PrincipalType.USER);
    assertThat(added.isActive()).isTrue();
    assertThat(affiliations).containsExactly(added.id());
  }

  @Test
  default void givenOneNewUserSigningInFromManyEndpointsAtOnce_whenFoundOrAdded_thenAllGetOnePrincipal()
      throws Exception {
    String uri = "sip:carol@contoso.com";

    List<Principal> results = atOnce(Collections.nCopies(THREADS, uri));

    assertThat(results).extracting(Principal::id).containsOnly(results.get(0).id());
    assertThat(principalsWithUri(uri)).isEqualTo(1);
    assertThat(count(mgc(), "SELECT COUNT(a) FROM PrincipalAffiliation a"
        + " WHERE a.principalId = " + results.get(0).id().value())).isEqualTo(1);
  }

  @Test
  default void givenManyNewUsersAtOnce_whenFoundOrAdded_thenEachGetsItsOwnPrincipal()
      throws Exception {
    List<String> uris = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      uris.add("sip:user" + i + "@contoso.com");
    }

    List<Principal> results = atOnce(uris);

    assertThat(results).extracting(Principal::uri).containsExactlyElementsOf(uris);
    assertThat(results).extracting(Principal::id).doesNotHaveDuplicates();
    for (String uri : uris) {
      assertThat(principalsWithUri(uri)).isEqualTo(1);
    }
  }
}
