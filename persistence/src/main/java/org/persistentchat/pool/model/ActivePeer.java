package org.persistentchat.pool.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A current server-to-server connection inside the pool ({@code tblActivePeers}). */
@Entity
@Table(name = "tblActivePeers")
@IdClass(ActivePeer.Key.class)
public class ActivePeer {

  @Id
  @Column(name = "aplServerID")
  private int serverId;

  @Id
  @Column(name = "aplPeerID")
  private int peerId;

  protected ActivePeer() {}

  public ActivePeer(int serverId, int peerId) {
    this.serverId = serverId;
    this.peerId = peerId;
  }

  public int serverId() {
    return serverId;
  }

  public int peerId() {
    return peerId;
  }

  /** Composite key (aplServerID, aplPeerID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int serverId;
    public int peerId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.serverId == serverId && k.peerId == peerId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(serverId, peerId);
    }
  }
}
