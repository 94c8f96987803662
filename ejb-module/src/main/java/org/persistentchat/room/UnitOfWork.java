package org.persistentchat.room;

import jakarta.persistence.EntityManager;

/**
 * Runs work in one transaction of the {@code mgc} unit: committed when the work returns, rolled
 * back when it throws, refusals included. In the server a stateless bean with a container
 * transaction implements it; unit tests use a RESOURCE_LOCAL entity manager.
 */
public interface UnitOfWork {

  <T> T call(Work<T> work) throws RefusedException;

  /** Work on the transaction's entity manager. */
  @FunctionalInterface
  interface Work<T> {
    T apply(EntityManager em) throws RefusedException;
  }
}
