package org.persistentchat.chat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.UnitOfWork;

/** The test stand-in for the container transaction: commit on return, roll back on throw. */
final class ResourceLocalUnitOfWork implements UnitOfWork {

  private final EntityManagerFactory emf;

  ResourceLocalUnitOfWork(EntityManagerFactory emf) {
    this.emf = emf;
  }

  /** Test set-up work, which may fail with any store exception. */
  @FunctionalInterface
  interface Setup<T> {
    T apply(EntityManager em) throws Exception;
  }

  <T> T setup(Setup<T> setup) throws Exception {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = setup.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public <T> T call(Work<T> work) throws RefusedException {
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
}
