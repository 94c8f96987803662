package org.persistentchat.admin.room;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * POST and PUT /api/rooms, with New-/Set-CsPersistentChatRoom's parameters. Privacy, type and
 * invitations left out take Lync's defaults on POST (Closed, Normal, Inherit) and keep their
 * value on PUT; so does the category on PUT (naming another one moves the room). The alias (the
 * user part of the room's SIP URI) is derived from the name unless given. {@code addin} names a
 * registered add-in; on PUT an empty name removes the room's add-in.
 */
public record RoomRequest(
    @NotBlank @Size(max = 256) String name,
    @Size(max = 256) String description,
    @Pattern(regexp = "(?i)open|closed|secret", message = "must be Open, Closed or Secret")
    String privacy,
    @Pattern(regexp = "(?i)normal|auditorium", message = "must be Normal or Auditorium")
    String type,
    @Pattern(regexp = "(?i)inherit|false", message = "must be Inherit or False")
    String invitations,
    Boolean disabled,
    @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}",
        message = "must be 1-64 letters, digits, dot, dash or underscore, starting with a letter or digit")
    String alias,
    @Size(max = 50) String addin,
    @NotNull(groups = Create.class) @Positive Integer category) {

  /** The rules of creation: a room needs a category. */
  public interface Create extends Default {}
}
