package org.persistentchat.compliance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.time.Ticks;

/**
 * The pool-wide lock and high-water mark of the compliance adapter ({@code tblComplianceState}).
 *
 * <p>Microsoft's table has one row and no key; {@code stateID} (always {@value #SINGLETON_ID}) is
 * added so that JPA can address that row.
 */
@Entity
@Table(name = "tblComplianceState")
public class ComplianceState {

  public static final short SINGLETON_ID = 1;
  public static final int NO_SERVER = -1;

  @Id
  @Column(name = "stateID")
  private short stateId = SINGLETON_ID;

  @Column(name = "lastProcessedEntryID", nullable = false)
  private long lastProcessedEntryId;

  @Column(name = "activeServerID", nullable = false)
  private int activeServerId = NO_SERVER;

  @Column(name = "lockExpirationTime", nullable = false)
  private Ticks lockExpirationTime = new Ticks(0);

  public long lastProcessedEntryId() {
    return lastProcessedEntryId;
  }

  public int activeServerId() {
    return activeServerId;
  }

  public Ticks lockExpirationTime() {
    return lockExpirationTime;
  }
}
