package org.persistentchat.principal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A direct member of a group principal by directory path ({@code tblPrincipalMembers}); the
 * member need not be a cached principal.
 */
@Entity
@Table(name = "tblPrincipalMembers")
@IdClass(PrincipalMember.Key.class)
public class PrincipalMember {

  @Id
  @Column(name = "prinID")
  private int groupId;

  @Id
  @Column(name = "memberADPath", length = 384)
  private String memberPath;

  protected PrincipalMember() {}

  public PrincipalMember(PrincipalId group, String memberPath) {
    this.groupId = group.value();
    this.memberPath = memberPath;
  }

  public PrincipalId groupId() {
    return new PrincipalId(groupId);
  }

  public String memberPath() {
    return memberPath;
  }

  /** Composite key (prinID, memberADPath). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int groupId;
    public String memberPath;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.groupId == groupId && Objects.equals(k.memberPath, memberPath);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, memberPath);
    }
  }
}
