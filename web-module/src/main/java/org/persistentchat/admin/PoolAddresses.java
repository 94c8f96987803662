package org.persistentchat.admin;

import org.persistentchat.room.ChannelAddress;
import org.persistentchat.room.RoomAlias;
import org.persistentchat.room.model.Node;
import org.persistentchat.session.RoomKey;

/**
 * The {@code ma-chan://} and {@code ma-cat://} URIs the chat service gives rooms and categories,
 * so that what the API returns is exactly what SIP clients join.
 */
public final class PoolAddresses {

  /** The same property and default as the chat service's. */
  static final String DOMAIN = "pchat.chat.domain";

  private PoolAddresses() {}

  public static String roomUri(Node room) {
    return address().uriOf(room).toString();
  }

  /** The room's SIP URI for plain SIP clients ({@code sip:<alias>@<chat domain>}). */
  public static String roomSipUri(RoomAlias alias) {
    return address().sipUriOf(alias).toString();
  }

  public static String categoryUri(Node category) {
    return address().categoryUriOf(category).toString();
  }

  /** The room as the chat service and the compliance record key it. */
  public static RoomKey roomKey(Node room) {
    return address().keyOf(room);
  }

  public static ChannelAddress address() {
    return new ChannelAddress(System.getProperty(DOMAIN, "localhost"));
  }
}
