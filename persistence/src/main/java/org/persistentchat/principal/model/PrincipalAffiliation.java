package org.persistentchat.principal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One transitive membership of a principal ({@code tblPrincipalAffiliations}): a group, OU or
 * domain it belongs to, or itself with index {@value #SELF_INDEX}. ACL checks read these rows.
 */
@Entity
@Table(name = "tblPrincipalAffiliations")
@IdClass(PrincipalAffiliation.Key.class)
public class PrincipalAffiliation {

  public static final int SELF_INDEX = -1;

  @Id
  @Column(name = "principalID")
  private int principalId;

  // "index" is reserved in T-SQL; the quotes are sent as-is and both databases accept them.
  @Id
  @Column(name = "\"index\"")
  private int index;

  @Id
  @Column(name = "affiliationID")
  private int affiliationId;

  @Column(name = "updatedBy", nullable = false)
  private int updatedBy;

  protected PrincipalAffiliation() {}

  public PrincipalAffiliation(PrincipalId principal, PrincipalId affiliation, int index,
      int actor) {
    this.principalId = principal.value();
    this.affiliationId = affiliation.value();
    this.index = index;
    this.updatedBy = actor;
  }

  public PrincipalId principalId() {
    return new PrincipalId(principalId);
  }

  public PrincipalId affiliationId() {
    return new PrincipalId(affiliationId);
  }

  public int index() {
    return index;
  }

  /** Composite key (principalID, index, affiliationID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public int principalId;
    public int index;
    public int affiliationId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.principalId == principalId && k.index == index
          && k.affiliationId == affiliationId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(principalId, index, affiliationId);
    }
  }
}
