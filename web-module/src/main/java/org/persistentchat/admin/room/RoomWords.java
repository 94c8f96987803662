package org.persistentchat.admin.room;

import java.util.Locale;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;

/**
 * The cmdlets' words for privacy, type and invitations ("Open", "Auditorium", "Inherit"), read
 * without regard to case as PowerShell does and written as the cmdlets print them.
 */
public final class RoomWords {

  public static final String INHERIT = "Inherit";
  public static final String OFF = "False";

  private RoomWords() {}

  public static Privacy privacy(String word) {
    return Privacy.valueOf(word.strip().toUpperCase(Locale.ROOT));
  }

  public static RoomType type(String word) {
    return RoomType.valueOf(word.strip().toUpperCase(Locale.ROOT));
  }

  /** True for "Inherit", false for "False": a room cannot turn invitations on by itself. */
  public static boolean inheritsInvitations(String word) {
    return word.strip().equalsIgnoreCase(INHERIT);
  }

  public static String of(Enum<?> value) {
    String name = value.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  public static String invitations(Boolean invite) {
    return invite == null ? INHERIT : OFF;
  }
}
