package org.persistentchat.sipmessage;

import static org.jboss.logging.Logger.Level.DEBUG;
import static org.jboss.logging.Logger.Level.ERROR;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages of the SIP MESSAGE front end; ids 9000-9099. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface SipMessageLogger extends BasicLogger {

  SipMessageLogger LOG = Logger.getMessageLogger(SipMessageLogger.class,
      "org.persistentchat.sipmessage");

  @LogMessage(level = DEBUG)
  @Message(id = 9000, value = "MESSAGE delivery to %s failed: %s")
  void deliveryFailed(String member, String outcome);

  @LogMessage(level = WARN)
  @Message(id = 9001, value = "Member %s is away after %d failed deliveries; deliveries pause"
      + " until it sends a request or a probe succeeds")
  void memberAway(String member, int failures);

  @LogMessage(level = INFO)
  @Message(id = 9002, value = "MESSAGE from %s to %s refused with %d: %s")
  void refused(String user, String target, int status, String reason);

  @LogMessage(level = ERROR)
  @Message(id = 9003, value = "MESSAGE from %s to %s failed unexpectedly; answered 500")
  void failed(String user, String target, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 9004, value = "Restored %d SIP MESSAGE memberships of %d users")
  void restored(int memberships, int users);

  @LogMessage(level = WARN)
  @Message(id = 9005, value = "Stored membership of %s in room %d not restored: %s")
  void notRestored(String user, int nodeId, String reason);

  @LogMessage(level = ERROR)
  @Message(id = 9006, value = "Joined state of %s in %s not stored; parted again")
  void joinNotStored(String user, String room, @Cause Throwable cause);
}
