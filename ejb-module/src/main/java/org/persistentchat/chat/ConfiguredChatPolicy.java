package org.persistentchat.chat;

import org.persistentchat.sip.SipUri;

/**
 * One policy for everybody, from {@link ChatSettings#chatEnabledByDefault()}. Lync's global
 * policy defaults to disabled; this server defaults to enabled because it has no per-user policy
 * store yet, and a disabled default would lock every user out.
 */
public final class ConfiguredChatPolicy implements ChatPolicyLookup {

  private final boolean enabled;

  public ConfiguredChatPolicy(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public boolean chatEnabled(SipUri user) {
    return enabled;
  }
}
