package org.persistentchat.pool.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.time.Ticks;

/** A chat server of the pool and its heartbeat ({@code tblServerIdentity}). */
@Entity
@Table(name = "tblServerIdentity")
public class ServerIdentity {

  @Id
  @Column(name = "serverID")
  private int serverId;

  @Column(name = "serverAddress", nullable = false, length = 256)
  private String serverAddress;

  @Column(name = "serverLastPingTime", nullable = false)
  private Ticks lastPingTime;

  protected ServerIdentity() {}

  public ServerIdentity(int serverId, String serverAddress, Ticks lastPingTime) {
    this.serverId = serverId;
    this.serverAddress = serverAddress;
    this.lastPingTime = lastPingTime;
  }

  public int serverId() {
    return serverId;
  }

  public String serverAddress() {
    return serverAddress;
  }

  public Ticks lastPingTime() {
    return lastPingTime;
  }

  public void ping(Ticks now) {
    this.lastPingTime = now;
  }
}
