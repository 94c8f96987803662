package org.persistentchat.chat;

import jakarta.persistence.EntityManagerFactory;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.testing.Transactions;

/** The test stand-in for the container transaction: commit on return, roll back on throw. */
final class ResourceLocalUnitOfWork implements UnitOfWork {

  private final EntityManagerFactory emf;

  ResourceLocalUnitOfWork(EntityManagerFactory emf) {
    this.emf = emf;
  }

  /** Test set-up work, which may fail with any store exception. */
  <T> T setup(Transactions.Work<T> setup) throws Exception {
    return Transactions.inTransaction(emf, setup);
  }

  @Override
  public <T> T call(Work<T> work) throws RefusedException {
    try {
      return Transactions.inTransaction(emf, work::apply);
    } catch (RefusedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("a unit of work throws only refusals", e);
    }
  }
}
