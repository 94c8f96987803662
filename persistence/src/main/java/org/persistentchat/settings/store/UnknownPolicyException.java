package org.persistentchat.settings.store;

import org.persistentchat.store.StoreException;

/** No per-user policy with this tag exists, so it cannot be granted. */
public class UnknownPolicyException extends StoreException {

  public UnknownPolicyException(String tag) {
    super("no Persistent Chat policy tag:" + tag);
  }
}
