package org.persistentchat.config.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A labelled configuration document ({@code tblConfig}). Microsoft keeps one "pool" row here.
 * The scoped Persistent Chat configuration, policy and compliance settings live in our own
 * {@code pchatSetting} table instead (see {@code org.persistentchat.settings}), so this table
 * keeps Microsoft's shape for import, export and reporting tools.
 */
@Entity
@Table(name = "tblConfig")
public class ConfigEntry {

  @Id
  @Column(name = "configLabel", length = 256)
  private String label;

  @Column(name = "configContent")
  private String content;

  @Column(name = "configPoolID")
  private UUID poolId;

  protected ConfigEntry() {}

  public ConfigEntry(String label, String content, UUID poolId) {
    this.label = label;
    this.content = content;
    this.poolId = poolId;
  }

  public String label() {
    return label;
  }

  public String content() {
    return content;
  }

  public UUID poolId() {
    return poolId;
  }

  public void replaceContent(String content) {
    this.content = content;
  }
}
