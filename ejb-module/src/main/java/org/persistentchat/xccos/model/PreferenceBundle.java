package org.persistentchat.xccos.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A per-user preference blob ({@code <pref label=".." seqid=".." createdefault=".."
 * content=".."/>}); the Microsoft client roams its followed rooms this way.
 *
 * @param label the bundle's name, e.g. {@code kedzie.GroupChannels}
 * @param revision the bundle's {@code seqid}, a monotonically increasing revision
 * @param createDefault whether the server should create an empty bundle when none exists
 * @param content the base64 content, kept as received
 */
public record PreferenceBundle(
    String label, OptionalLong revision, boolean createDefault, Optional<String> content) {

  public PreferenceBundle {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(content, "content");
  }
}
