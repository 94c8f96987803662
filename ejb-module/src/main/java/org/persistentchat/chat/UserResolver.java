package org.persistentchat.chat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.persistentchat.permission.Actor;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.sip.SipUri;
import org.persistentchat.store.StoreException;
import org.persistentchat.time.Ticks;

/**
 * Turns the SIP identity the SIP layer vouches for into a {@link ChatUser}. Lync caches directory
 * principals in {@code tblPrincipal} and only keeps already-cached ones in sync, so a user
 * unknown to the cache is added on first contact (with no group affiliations until directory
 * sync runs) when {@link ChatSettings#provisionOnFirstContact()} is on.
 */
public class UserResolver {

  private final ChatPolicyLookup policy;
  private final boolean provision;
  private final Clock clock;

  public UserResolver(ChatPolicyLookup policy, boolean provision, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.provision = provision;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** At sign-in: checks the policy, finds or provisions the principal. */
  public ChatUser signIn(EntityManager em, SipUri uri) throws RefusedException {
    if (!policy.chatEnabled(uri)) {
      throw new ChatNotEnabledException("Persistent Chat is not enabled for " + uri);
    }
    PrincipalStore principals = new PrincipalStore(em);
    Optional<Principal> known = principals.findByUri(uri.toString());
    Principal principal = known.isPresent() ? known.get() : provision(principals, uri);
    if (!principal.isActive() || !principal.type().isUser()) {
      throw new ChatNotEnabledException(uri + " is disabled or not a user");
    }
    return current(em, uri, principal.id());
  }

  /** For each request: the user with its current affiliations. */
  public ChatUser current(EntityManager em, SipUri uri, PrincipalId id) {
    return new ChatUser(uri, id, Actor.user(new PrincipalStore(em).affiliationsOf(id)));
  }

  private Principal provision(PrincipalStore principals, SipUri uri) throws RefusedException {
    if (!provision) {
      throw new ChatNotEnabledException(uri + " is not a known principal");
    }
    try {
      return principals.findOrAdd(uri.toString(), PrincipalType.USER, uri.address(),
          uri.address(), PrincipalId.SYSTEM, Ticks.of(clock.instant()));
    } catch (StoreException e) {
      InvalidRequestException refused =
          new InvalidRequestException("cannot provision " + uri + ": " + e.getMessage());
      refused.initCause(e);
      throw refused;
    }
  }
}
