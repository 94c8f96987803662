package org.persistentchat.room;

import java.util.Objects;
import org.persistentchat.permission.Actor;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.sip.SipUri;

/**
 * The user behind a session, resolved from the SIP identity the SIP layer vouches for.
 *
 * @param uri the user's SIP URI
 * @param principal the user's {@code tblPrincipal} row
 * @param actor the user with every group, OU and domain it belongs to, for permission checks
 */
public record ChatUser(SipUri uri, PrincipalId principal, Actor actor) {

  public ChatUser {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(actor, "actor");
  }
}
