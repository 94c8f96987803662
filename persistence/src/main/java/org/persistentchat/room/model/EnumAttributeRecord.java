package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A static row of {@code tblEnumAttribute}: 1 Visibility, 2 Behavior. */
@Entity
@Table(name = "tblEnumAttribute")
public class EnumAttributeRecord {

  @Id
  @Column(name = "attributeID")
  private int id;

  @Column(name = "attributeName", nullable = false)
  private String name;

  protected EnumAttributeRecord() {}

  public int id() {
    return id;
  }

  public String name() {
    return name;
  }
}
