package org.persistentchat.compliance.adapter;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Channel} of a conversation. Name and logging flag come from mgc and are absent when
 * the room is unknown there (deleted since) or the details were not asked for.
 *
 * @param uri the room's {@code ma-chan://} URI
 * @param name the room's name, if known
 * @param logged whether the room keeps chat history, if known
 */
public record ChatRoom(String uri, Optional<String> name, Optional<Boolean> logged) {

  public ChatRoom {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logged, "logged");
  }

  public static ChatRoom withoutDetails(String uri) {
    return new ChatRoom(uri, Optional.empty(), Optional.empty());
  }
}
