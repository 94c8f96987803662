package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A static row of {@code tblRoleType}: a role and its permission bit set. */
@Entity
@Table(name = "tblRoleType")
public class RoleTypeRecord {

  @Id
  @Column(name = "rtypeID")
  private short id;

  @Column(name = "rtypeDesc", nullable = false)
  private String description;

  @Column(name = "rtypeAllowedPermSet", nullable = false)
  private long allowedPermissions;

  protected RoleTypeRecord() {}

  public RoleType role() {
    return RoleType.of(id);
  }

  public String description() {
    return description;
  }

  public long allowedPermissions() {
    return allowedPermissions;
  }
}
