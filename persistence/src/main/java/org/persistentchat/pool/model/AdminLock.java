package org.persistentchat.pool.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.time.Ticks;

/**
 * The lease some admin commands take on the pool ({@code tblAdminLock}). Microsoft's table has one
 * row and no key; {@code lockID} (always 1) is added, as for {@code tblComplianceState}.
 */
@Entity
@Table(name = "tblAdminLock")
public class AdminLock {

  public static final short SINGLETON_ID = 1;
  public static final int NOBODY = -1;

  @Id
  @Column(name = "lockID")
  private short lockId = SINGLETON_ID;

  @Column(name = "lockExpiresTime", nullable = false)
  private Ticks expires;

  @Column(name = "lockServerID", nullable = false)
  private int serverId;

  @Column(name = "lockActorID", nullable = false)
  private int actorId;

  protected AdminLock() {}

  public Ticks expires() {
    return expires;
  }

  public int serverId() {
    return serverId;
  }

  public int actorId() {
    return actorId;
  }

  public boolean isHeldAt(Ticks now) {
    return serverId != NOBODY && expires.compareTo(now) > 0;
  }

  public void take(int serverId, int actorId, Ticks until) {
    this.serverId = serverId;
    this.actorId = actorId;
    this.expires = until;
  }

  public void release() {
    this.serverId = NOBODY;
    this.actorId = NOBODY;
    this.expires = new Ticks(0);
  }
}
