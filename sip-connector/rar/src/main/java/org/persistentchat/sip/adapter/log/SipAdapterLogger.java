package org.persistentchat.sip.adapter.log;

import static org.jboss.logging.Logger.Level.ERROR;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the SIP resource adapter; ids 1000-1999. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface SipAdapterLogger extends BasicLogger {

  SipAdapterLogger LOG =
      Logger.getMessageLogger(SipAdapterLogger.class, "org.persistentchat.sip.adapter");

  @LogMessage(level = INFO)
  @Message(id = 1000, value = "SIP resource adapter started, listening on %s")
  void started(String listeningPoints);

  @LogMessage(level = INFO)
  @Message(id = 1001, value = "SIP resource adapter stopped; all listening points closed")
  void stopped();

  @LogMessage(level = INFO)
  @Message(id = 1002, value = "Endpoint activated for %s")
  void endpointActivated(String spec);

  @LogMessage(level = INFO)
  @Message(id = 1003, value = "Endpoint deactivated for %s")
  void endpointDeactivated(String spec);

  @LogMessage(level = ERROR)
  @Message(id = 1010, value = "Delivery of %s failed; answered 500")
  void deliveryFailed(String request, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 1011, value = "The application returned without answering %s; answered 500")
  void noResponseFromApplication(String request);

  @LogMessage(level = WARN)
  @Message(id = 1012, value = "Overloaded: %s refused with 503 (%s)")
  void overloaded(String request, String why);

  @LogMessage(level = WARN)
  @Message(id = 1013, value = "Could not send %d to %s")
  void responseNotSent(int status, String request, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 1014, value = "Refused %s from %s: %d %s")
  void refused(String method, String remote, int status, String reason);

  @LogMessage(level = WARN)
  @Message(id = 1020, value = "SIP stack: %s")
  void stackError(String message, @Cause Throwable cause);
}
