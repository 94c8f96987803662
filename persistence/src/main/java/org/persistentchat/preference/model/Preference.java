package org.persistentchat.preference.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One version of a legacy client's preferences ({@code tblPreference}), keyed by a label (such
 * as the user's SIP URI) and a sequence number; the highest sequence is current.
 */
@Entity
@Table(name = "tblPreference")
@IdClass(Preference.Key.class)
public class Preference {

  @Id
  @Column(name = "prefLabel", length = 255)
  private String label;

  @Id
  @Column(name = "prefSeqID")
  private int sequence;

  @Column(name = "prefContent")
  private String content;

  @Column(name = "lastModifiedBy", nullable = false)
  private int lastModifiedBy;

  protected Preference() {}

  public Preference(String label, int sequence, String content, int actor) {
    this.label = label;
    this.sequence = sequence;
    this.content = content;
    this.lastModifiedBy = actor;
  }

  public String label() {
    return label;
  }

  public int sequence() {
    return sequence;
  }

  public String content() {
    return content;
  }

  /** The principal id of whoever wrote this version. */
  public int lastModifiedBy() {
    return lastModifiedBy;
  }

  /** Composite key (prefLabel, prefSeqID). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String label;
    public int sequence;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.label, label) && k.sequence == sequence;
    }

    @Override
    public int hashCode() {
      return Objects.hash(label, sequence);
    }
  }
}
