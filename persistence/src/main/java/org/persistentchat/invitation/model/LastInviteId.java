package org.persistentchat.invitation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.persistentchat.principal.model.PrincipalId;

/** The per-user invitation sequence ({@code tblLastInviteId}); clients fetch newer ones. */
@Entity
@Table(name = "tblLastInviteId")
public class LastInviteId {

  @Id
  @Column(name = "prinID")
  private int principalId;

  @Column(name = "lastInviteID", nullable = false)
  private int lastInviteId;

  protected LastInviteId() {}

  public LastInviteId(PrincipalId principal) {
    this.principalId = principal.value();
  }

  public PrincipalId principal() {
    return new PrincipalId(principalId);
  }

  public int lastInviteId() {
    return lastInviteId;
  }
}
