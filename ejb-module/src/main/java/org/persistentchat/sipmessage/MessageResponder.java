package org.persistentchat.sipmessage;

/** Answers the MESSAGE being handled; called exactly once. */
@FunctionalInterface
public interface MessageResponder {

  /** @param reason a reason phrase for the client, one line */
  void respond(int status, String reason);
}
