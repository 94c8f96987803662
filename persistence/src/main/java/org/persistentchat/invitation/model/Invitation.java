package org.persistentchat.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.time.Ticks;

/** A room invitation of one user ({@code tblPrincipalInvites}); invID is a per-user sequence. */
@Entity
@Table(name = "tblPrincipalInvites")
@IdClass(Invitation.Key.class)
public class Invitation {

  @Id
  @Column(name = "prinID")
  private int principalId;

  @Id
  @Column(name = "nodeID")
  private int nodeId;

  @Column(name = "invID", nullable = false)
  private int invitationId;

  @Column(name = "createdOn", nullable = false)
  private Ticks createdOn;

  protected Invitation() {}

  public Invitation(PrincipalId invitee, NodeId room, int invitationId, Ticks createdOn) {
    this.principalId = invitee.value();
    this.nodeId = room.value();
    this.invitationId = invitationId;
    this.createdOn = createdOn;
  }

  public PrincipalId invitee() {
    return new PrincipalId(principalId);
  }

  public NodeId room() {
    return new NodeId(nodeId);
  }

  public int invitationId() {
    return invitationId;
  }

  public Ticks createdOn() {
    return createdOn;
  }

  /** Composite key (prinID, nodeID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int principalId;
    public int nodeId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.principalId == principalId && k.nodeId == nodeId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(principalId, nodeId);
    }
  }
}
