package org.persistentchat.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Runs work in one RESOURCE_LOCAL transaction, rolled back when the work throws. */
public final class Transactions {

  /** Work that may fail with a checked store error. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(EntityManager em) throws Exception;
  }

  private Transactions() {}

  public static <T> T inTransaction(EntityManagerFactory emf, Work<T> work) throws Exception {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public static long count(EntityManagerFactory emf, String jpql) throws Exception {
    return inTransaction(emf, em -> em.createQuery(jpql, Long.class).getSingleResult());
  }
}
