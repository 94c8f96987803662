package org.persistentchat.chat;

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

/** Operator messages of the chat command boundary; ids 5200-5299. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface ChatLogger extends BasicLogger {

  ChatLogger LOG = Logger.getMessageLogger(ChatLogger.class, "org.persistentchat.chat");

  @LogMessage(level = ERROR)
  @Message(id = 5200, value = "Command %s of session %s failed unexpectedly; answered 500")
  void commandFailed(String command, String session, @Cause Throwable cause);

  @LogMessage(level = ERROR)
  @Message(id = 5201, value = "Post of session %s to %s failed unexpectedly; answered 500")
  void postFailed(String session, String channelUri, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 5202, value = "Session %s of %s refused: %s")
  void sessionRefused(String session, String user, String reason);

  @LogMessage(level = DEBUG)
  @Message(id = 5203, value = "Session %s: %s refused with %s (%s)")
  void refused(String session, String request, String code, String reason);

  @LogMessage(level = DEBUG)
  @Message(id = 5204, value = "Session %s sent an unusable body (%s): %s")
  void malformed(String session, String reason, String detail);

  @LogMessage(level = DEBUG)
  @Message(id = 5205, value = "INFO for unknown session %s answered 481")
  void unknownSession(String session);

  @LogMessage(level = INFO)
  @Message(id = 5206, value = "Sign-in of %s failed once (%s); trying again, as a concurrent first contact may have provisioned the user")
  void signInRetried(String user, String cause);

  @LogMessage(level = INFO)
  @Message(id = 5207, value = "Chat service stopped: new sessions and INFOs refused with 503, %d request(s) still running after the grace period, %d session(s) parted from their rooms, BYE handed to the SIP stack for %d dialog(s) (not awaited: clients already gone only fail to answer)")
  void stopped(int unfinished, int sessions, int byes);

  @LogMessage(level = WARN)
  @Message(id = 5208, value = "Chat service stopped: new sessions and INFOs refused with 503, %d request(s) still running after the grace period, %d session(s) parted from their rooms; BYE not sent on %d dialog(s), the SIP adapter is no longer available")
  void stoppedWithoutBye(int unfinished, int sessions, int dialogs, @Cause Throwable cause);
}
