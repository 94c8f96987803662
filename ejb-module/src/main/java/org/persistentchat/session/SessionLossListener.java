package org.persistentchat.session;

/** Told when delivery gave up on a session, so that its rooms are parted and others notified. */
@FunctionalInterface
public interface SessionLossListener {

  void sessionLost(SessionId session, String reason);
}
