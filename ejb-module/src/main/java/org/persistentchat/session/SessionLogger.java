package org.persistentchat.session;

import static org.jboss.logging.Logger.Level.DEBUG;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages about chat sessions and delivery; ids 5000-5099. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface SessionLogger extends BasicLogger {

  SessionLogger LOG = Logger.getMessageLogger(SessionLogger.class, "org.persistentchat.session");

  @LogMessage(level = WARN)
  @Message(id = 5000, value = "Dropping chat session %s: %s")
  void sessionDropped(SessionId session, String reason);

  @LogMessage(level = DEBUG)
  @Message(id = 5001, value = "No outbox for session %s on this node; body not delivered")
  void noOutbox(SessionId session);

  @LogMessage(level = INFO)
  @Message(id = 5002, value = "Chat session %s expired after %d s without activity")
  void sessionExpired(SessionId session, long idleSeconds);
}
