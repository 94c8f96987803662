package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.persistentchat.principal.model.PrincipalId;

/** An explicit role of a principal on a category or room ({@code tblPrincipalRole}). */
@Entity
@Table(name = "tblPrincipalRole")
@IdClass(PrincipalRole.Key.class)
public class PrincipalRole {

  @Id
  @Column(name = "prinRoleNodeID")
  private int nodeId;

  @Id
  @Column(name = "prinRolePrinID")
  private int principalId;

  @Id
  @Column(name = "prinRoleTypeID")
  private short roleTypeId;

  @Column(name = "prinRoleUpdatedBy", nullable = false)
  private int updatedBy;

  protected PrincipalRole() {}

  public PrincipalRole(NodeId node, PrincipalId principal, RoleType role, int actor) {
    this.nodeId = node.value();
    this.principalId = principal.value();
    this.roleTypeId = role.id();
    this.updatedBy = actor;
  }

  public NodeId nodeId() {
    return new NodeId(nodeId);
  }

  public PrincipalId principalId() {
    return new PrincipalId(principalId);
  }

  public RoleType role() {
    return RoleType.of(roleTypeId);
  }

  /** Composite key (prinRoleNodeID, prinRolePrinID, prinRoleTypeID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int nodeId;
    public int principalId;
    public short roleTypeId;

    public Key() {}

    public Key(int nodeId, int principalId, short roleTypeId) {
      this.nodeId = nodeId;
      this.principalId = principalId;
      this.roleTypeId = roleTypeId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.nodeId == nodeId && k.principalId == principalId
          && k.roleTypeId == roleTypeId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(nodeId, principalId, roleTypeId);
    }
  }
}
