package org.persistentchat.room;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.persistentchat.room.model.Node;
import org.persistentchat.session.RoomKey;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.CategoryUri;
import org.persistentchat.xccos.model.ChannelUri;

/**
 * How rooms are named on the wire: {@code ma-chan://<pool domain>/<tblNode.nodeGuid>}, the Lync
 * 2013 form. The GUID rather than the node id keeps room URIs stable across export/import and
 * does not let clients enumerate rooms by counting.
 */
public final class ChannelAddress {

  private final String domain;

  public ChannelAddress(String domain) {
    this.domain = Objects.requireNonNull(domain, "domain").toLowerCase(Locale.ROOT);
  }

  public String domain() {
    return domain;
  }

  public ChannelUri uriOf(Node room) {
    return ChannelUri.of(domain, room.guid().toString());
  }

  /** The room's SIP URI for plain SIP clients: {@code sip:<alias>@<domain>}. */
  public SipUri sipUriOf(RoomAlias alias) {
    return SipUri.parse("sip:" + alias + "@" + domain);
  }

  public CategoryUri categoryUriOf(Node category) {
    return CategoryUri.of(domain, category.guid().toString());
  }

  public RoomKey keyOf(Node room) {
    return new RoomKey(room.id().value(), uriOf(room).toString());
  }

  /** The node GUID a URI names, if it is one of this pool's room URIs. */
  public Optional<UUID> guidOf(ChannelUri uri) {
    if (!uri.domain().equals(domain)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(uri.value()));
    } catch (IllegalArgumentException notAGuid) {
      // Pre-2013 numeric room ids are not issued by this server; such a URI names no room here.
      return Optional.empty();
    }
  }
}
