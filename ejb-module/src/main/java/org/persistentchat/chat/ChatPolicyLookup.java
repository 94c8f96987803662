package org.persistentchat.chat;

import org.persistentchat.sip.SipUri;

/**
 * Whether a user's Persistent Chat policy (EnablePersistentChat) lets it use the service. A
 * directory- or configuration-backed implementation can replace {@link ConfiguredChatPolicy}.
 */
@FunctionalInterface
public interface ChatPolicyLookup {

  boolean chatEnabled(SipUri user);
}
