package org.persistentchat.admin.principal;

import java.util.Collection;
import java.util.List;
import org.persistentchat.principal.model.Principal;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;

/** The API names principals by URI; the stores by id. This translates both ways. */
public final class PrincipalLookup {

  private final PrincipalStore principals;

  public PrincipalLookup(PrincipalStore principals) {
    this.principals = principals;
  }

  /**
   * Paths name users by SIP address without the scheme ({@code alice@example.com}): the
   * container's authorization check rejects a colon in a path with a 500 before any code of ours
   * runs. A full {@code sip:} URI is accepted too, for callers that have one at hand.
   */
  public static String uriOfPathSegment(String segment) {
    return segment.startsWith("sip:") ? segment : "sip:" + segment;
  }

  /** The path segment naming a user: its SIP URI without the scheme. */
  public static String pathSegmentOf(String uri) {
    return uri.startsWith("sip:") ? uri.substring("sip:".length()) : uri;
  }

  public PrincipalId idOf(String uri) throws UnknownPrincipalException {
    return principals.findByUri(uri).map(Principal::id)
        .orElseThrow(() -> new UnknownPrincipalException(uri));
  }

  /** URIs in a stable order, so that responses compare equal when nothing changed. */
  public List<String> urisOf(Collection<PrincipalId> ids) {
    return ids.stream()
        .map(principals::find)
        .flatMap(java.util.Optional::stream)
        .map(Principal::uri)
        .sorted()
        .toList();
  }
}
