package org.persistentchat.settings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.time.Ticks;

/** The per-user policy granted to a user ({@code pchatPolicyGrant}, ours). */
@Entity
@Table(name = "pchatPolicyGrant")
public class PolicyGrant {

  @Id
  @Column(name = "prinID")
  private int principalId;

  @Column(name = "policyTag", nullable = false, length = 256)
  private String tag;

  @Column(name = "grantedBy", nullable = false)
  private int grantedBy;

  @Column(name = "grantedOn", nullable = false)
  private Ticks grantedOn;

  protected PolicyGrant() {}

  public PolicyGrant(PrincipalId user, String tag, int actor, Ticks now) {
    this.principalId = user.value();
    this.tag = tag;
    this.grantedBy = actor;
    this.grantedOn = now;
  }

  public PrincipalId user() {
    return new PrincipalId(principalId);
  }

  public String tag() {
    return tag;
  }

  public void regrant(String tag, int actor, Ticks now) {
    this.tag = tag;
    this.grantedBy = actor;
    this.grantedOn = now;
  }
}
