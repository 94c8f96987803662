package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.persistentchat.principal.model.PrincipalId;

/**
 * A category's AllowedMembers (denied = false) or DeniedMembers (denied = true) entry
 * ({@code tblScopePrincipal}).
 */
@Entity
@Table(name = "tblScopePrincipal")
@IdClass(ScopePrincipal.Key.class)
public class ScopePrincipal {

  @Id
  @Column(name = "scopeNodeID")
  private int nodeId;

  @Id
  @Column(name = "scopePrinID")
  private int principalId;

  @Column(name = "scopeIsDenied", nullable = false)
  private boolean denied;

  @Column(name = "scopeUpdatedBy", nullable = false)
  private int updatedBy;

  protected ScopePrincipal() {}

  public ScopePrincipal(NodeId category, PrincipalId principal, boolean denied, int actor) {
    this.nodeId = category.value();
    this.principalId = principal.value();
    this.denied = denied;
    this.updatedBy = actor;
  }

  public NodeId categoryId() {
    return new NodeId(nodeId);
  }

  public PrincipalId principalId() {
    return new PrincipalId(principalId);
  }

  public boolean isDenied() {
    return denied;
  }

  /** Composite key (scopeNodeID, scopePrinID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int nodeId;
    public int principalId;

    public Key() {}

    public Key(int nodeId, int principalId) {
      this.nodeId = nodeId;
      this.principalId = principalId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.nodeId == nodeId && k.principalId == principalId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(nodeId, principalId);
    }
  }
}
