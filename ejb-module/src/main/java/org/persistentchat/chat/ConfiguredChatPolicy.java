package org.persistentchat.chat;

import org.persistentchat.sip.SipUri;

/**
 * One policy for everybody, from {@link ChatSettings#chatEnabledByDefault()}: for running the chat
 * core without a database of policies (tests). The server uses the stored policies
 * (chat.server.StoredChatPolicy), with this same setting for users no policy governs.
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
