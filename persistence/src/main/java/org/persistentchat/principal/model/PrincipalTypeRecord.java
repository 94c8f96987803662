package org.persistentchat.principal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A static row of {@code tblPrincipalType}. */
@Entity
@Table(name = "tblPrincipalType")
public class PrincipalTypeRecord {

  @Id
  @Column(name = "ptypeID")
  private short id;

  @Column(name = "ptypeDesc", nullable = false)
  private String description;

  @Column(name = "ptypeIsSystemUser", nullable = false)
  private boolean systemUser;

  @Column(name = "ptypeIsUser", nullable = false)
  private boolean user;

  protected PrincipalTypeRecord() {}

  public PrincipalType type() {
    return PrincipalType.of(id);
  }

  public String description() {
    return description;
  }

  public boolean isSystemUser() {
    return systemUser;
  }

  public boolean isUser() {
    return user;
  }
}
