package org.persistentchat.settings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.persistentchat.time.Ticks;

/** One setting of one scoped settings object ({@code pchatSetting}, ours). */
@Entity
@Table(name = "pchatSetting")
@IdClass(Setting.Key.class)
public class Setting {

  public static final int MAX_VALUE_LENGTH = 4000;

  @Id
  @Column(name = "settingKind", length = 64)
  private String kind;

  @Id
  @Column(name = "settingScope", length = SettingScope.MAX_IDENTITY_LENGTH)
  private String scope;

  @Id
  @Column(name = "settingName", length = 64)
  private String name;

  @Column(name = "settingValue", length = MAX_VALUE_LENGTH)
  private String value;

  @Column(name = "updatedBy", nullable = false)
  private int updatedBy;

  @Column(name = "updatedOn", nullable = false)
  private Ticks updatedOn;

  protected Setting() {}

  public Setting(SettingKind kind, SettingScope scope, String name, String value, int actor,
      Ticks now) {
    this.kind = kind.storedName();
    this.scope = scope.identity();
    this.name = name;
    this.value = value;
    this.updatedBy = actor;
    this.updatedOn = now;
  }

  public String scopeIdentity() {
    return scope;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public Ticks updatedOn() {
    return updatedOn;
  }

  /** Composite key (settingKind, settingScope, settingName). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String kind;
    public String scope;
    public String name;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.kind, kind) && Objects.equals(k.scope, scope)
          && Objects.equals(k.name, name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, scope, name);
    }
  }
}
