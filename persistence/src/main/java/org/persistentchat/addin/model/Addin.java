package org.persistentchat.addin.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A registered add-in: a name and the URL a room shows in the client ({@code tblSiopWhiteList}). */
@Entity
@Table(name = "tblSiopWhiteList")
public class Addin {

  public static final int MAX_NAME_LENGTH = 50;
  public static final int MAX_URL_LENGTH = 255;

  @Id
  @Column(name = "siopID")
  private UUID id;

  @Column(name = "siopName", nullable = false, unique = true, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "siopUrl", nullable = false, length = MAX_URL_LENGTH)
  private String url;

  protected Addin() {}

  public Addin(String name, String url) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.url = url;
  }

  public UUID id() {
    return id;
  }

  public AddinId addinId() {
    return new AddinId(id);
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public void change(String name, String url) {
    this.name = name;
    this.url = url;
  }
}
