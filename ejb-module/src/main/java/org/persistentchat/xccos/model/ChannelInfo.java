package org.persistentchat.xccos.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel information block, {@code <chanib uri name description topic>} with its
 * {@code info}/{@code prop} items. Built with {@link #of} and the {@code with...} methods.
 */
public record ChannelInfo(
    ChannelUri uri,
    Optional<String> name,
    Optional<String> description,
    Optional<String> topic,
    List<ChannelAttribute> attributes) {

  public ChannelInfo {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(topic, "topic");
    attributes = List.copyOf(attributes);
  }

  /** A bare reference to a room, as {@code rpl:part} carries it. */
  public static ChannelInfo of(ChannelUri uri) {
    return new ChannelInfo(uri, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  public static ChannelInfo of(ChannelUri uri, String name) {
    return of(uri).withName(name);
  }

  public ChannelInfo withName(String newName) {
    return new ChannelInfo(uri, Optional.of(newName), description, topic, attributes);
  }

  public ChannelInfo withDescription(String newDescription) {
    return new ChannelInfo(uri, name, Optional.of(newDescription), topic, attributes);
  }

  public ChannelInfo withTopic(String newTopic) {
    return new ChannelInfo(uri, name, description, Optional.of(newTopic), attributes);
  }

  public ChannelInfo with(ChannelAttribute attribute) {
    List<ChannelAttribute> more = new ArrayList<>(attributes);
    more.add(Objects.requireNonNull(attribute, "attribute"));
    return new ChannelInfo(uri, name, description, topic, more);
  }
}
