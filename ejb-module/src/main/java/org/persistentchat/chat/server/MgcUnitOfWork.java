package org.persistentchat.chat.server;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.UnitOfWork;

/**
 * Runs each unit of the chat core's work in its own container transaction on the mgc unit. The
 * compliance recorder's outbox row joins the same transaction, so a post and its compliance record
 * commit or roll back together, in one local commit (docs/adr/0017). A {@link RefusedException} rolls back (it is an application
 * exception with rollback).
 *
 * <p>A singleton without locking rather than a stateless bean: only singletons can be named in
 * {@code @DependsOn}, and the chat runtime must still have its units of work while it stops
 * (parting every session). It keeps no state; the entity manager is the transaction's.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Local(UnitOfWork.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MgcUnitOfWork implements UnitOfWork {

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  @Override
  public <T> T call(Work<T> work) throws RefusedException {
    T result = work.apply(mgc);
    mgc.flush();
    return result;
  }
}
