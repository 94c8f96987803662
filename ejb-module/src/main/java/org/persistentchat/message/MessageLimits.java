package org.persistentchat.message;

/**
 * Size limits of chat messages, counted in characters (Unicode code points), since the only
 * attested values (512 per message, 4096 per story, from an OCS trace) describe characters.
 *
 * @param messageSizeLimit the most characters of one ordinary message
 * @param storySizeLimit the most characters of one story (a post in the {@code [STORY]} form)
 */
public record MessageLimits(int messageSizeLimit, int storySizeLimit) {

  public static final int DEFAULT_MESSAGE_SIZE_LIMIT = 512;
  public static final int DEFAULT_STORY_SIZE_LIMIT = 4096;

  /** How Lync marks a story in {@code tblChat.content}. */
  static final String STORY_PREFIX = "[STORY]";

  public static final MessageLimits DEFAULTS =
      new MessageLimits(DEFAULT_MESSAGE_SIZE_LIMIT, DEFAULT_STORY_SIZE_LIMIT);

  public MessageLimits {
    if (messageSizeLimit < 1 || storySizeLimit < messageSizeLimit) {
      throw new IllegalArgumentException(
          "need 1 <= messageSizeLimit <= storySizeLimit, got " + messageSizeLimit + ", "
              + storySizeLimit);
    }
  }

  /** The limit that applies to the text. */
  int limitFor(String text) {
    return text.startsWith(STORY_PREFIX) ? storySizeLimit : messageSizeLimit;
  }
}
