package org.persistentchat.compliance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Which server processed a compliance event ({@code tblComplianceFanout}). */
@Entity
@Table(name = "tblComplianceFanout")
@IdClass(ComplianceFanout.Key.class)
public class ComplianceFanout {

  @Id
  @Column(name = "fanoutEventID")
  private long eventId;

  @Id
  @Column(name = "fanoutServerID")
  private int serverId;

  protected ComplianceFanout() {}

  public ComplianceFanout(long eventId, int serverId) {
    this.eventId = eventId;
    this.serverId = serverId;
  }

  public long eventId() {
    return eventId;
  }

  public int serverId() {
    return serverId;
  }

  /** Composite key (fanoutEventID, fanoutServerID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public long eventId;
    public int serverId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.eventId == eventId && k.serverId == serverId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(eventId, serverId);
    }
  }
}
