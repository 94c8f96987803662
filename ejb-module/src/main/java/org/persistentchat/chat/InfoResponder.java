package org.persistentchat.chat;

/**
 * Answers the client's INFO at SIP level. The core calls it exactly once per INFO, and always
 * before it queues anything the INFO caused, so the client sees the 200 before the reply or echo.
 */
@FunctionalInterface
public interface InfoResponder {

  /** Sends the final response with this status (200 or an error such as 400, 403, 481). */
  void respond(int sipStatus);
}
