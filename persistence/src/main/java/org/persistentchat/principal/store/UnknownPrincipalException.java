package org.persistentchat.principal.store;

import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.store.StoreException;

/** The principal is not in the cached directory (tblPrincipal). */
public class UnknownPrincipalException extends StoreException {

  public UnknownPrincipalException(PrincipalId principal) {
    super("no principal with id " + principal.value());
  }

  public UnknownPrincipalException(String uri) {
    super("no principal with URI " + uri);
  }
}
