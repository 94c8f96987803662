package org.persistentchat.pool.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The pool-wide revision counter ({@code tblSystemRevision}), bumped when the admin lock is
 * released so that every server refreshes its caches. Single row, keyed by the added
 * {@code revID} = 1.
 */
@Entity
@Table(name = "tblSystemRevision")
public class SystemRevision {

  @Id
  @Column(name = "revID")
  private short revId = 1;

  @Column(name = "sysRevision", nullable = false)
  private long revision;

  protected SystemRevision() {}

  public long revision() {
    return revision;
  }
}
