package org.persistentchat.chat.server;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.persistentchat.chat.ChatPolicyLookup;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.model.PersistentChatPolicy;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.settings.store.SettingsStore;
import org.persistentchat.sip.SipUri;

/**
 * The Persistent Chat policies administrators store (Grant-CsPersistentChatPolicy and the global
 * policy, over /api/policies) decide who may sign in: the user's granted per-user policy, else a
 * stored global policy. Users have no site here, so site policies govern nobody yet. While no
 * policy governs a user, {@code pchat.chat.enabled-by-default} does (ADR 7): Lync's built-in
 * global default (disabled) would lock every user of a fresh pool out.
 *
 * <p>SUPPORTS: at sign-in it joins the chat service's unit of work on mgc.
 */
@Stateless
@Local(ChatPolicyLookup.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StoredChatPolicy implements ChatPolicyLookup {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  @Override
  public boolean chatEnabled(SipUri user) {
    return governing(user).map(PersistentChatPolicy::enablePersistentChat)
        .orElseGet(ChatServerSettings::enabledByDefault);
  }

  private Optional<PersistentChatPolicy> governing(SipUri user) {
    SettingsStore settings = new SettingsStore(em);
    Optional<PrincipalId> principal = new PrincipalStore(em).findByUri(user.toString())
        .map(Principal::id);
    try {
      Optional<String> tag = principal.flatMap(settings::grantedPolicy);
      if (tag.isPresent()) {
        Optional<PersistentChatPolicy> granted = settings.policy(SettingScope.tag(tag.get()));
        if (granted.isPresent()) {
          return granted;
        }
      }
      return settings.scopes(org.persistentchat.settings.model.SettingKind.POLICY)
          .contains(SettingScope.GLOBAL.identity())
          ? settings.policy(SettingScope.GLOBAL) : Optional.empty();
    } catch (InvalidScopeException e) {
      // Tags and global are scopes of policies by construction.
      throw new IllegalStateException(e);
    }
  }
}
