package org.persistentchat.room.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A static row of {@code tblEnumValue}: the visibility and behavior codes of {@code tblNode}. */
@Entity
@Table(name = "tblEnumValue")
public class EnumValueRecord {

  @Id
  @Column(name = "valueID")
  private int id;

  @Column(name = "attributeID", nullable = false)
  private int attributeId;

  @Column(name = "attributeValue", nullable = false)
  private String value;

  protected EnumValueRecord() {}

  public int id() {
    return id;
  }

  public int attributeId() {
    return attributeId;
  }

  public String value() {
    return value;
  }
}
