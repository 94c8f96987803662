package org.persistentchat.admin.problem;

import static org.jboss.logging.Logger.Level.ERROR;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages of the administration API; ids 6000-6099. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface AdminApiLogger extends BasicLogger {

  AdminApiLogger LOG = Logger.getMessageLogger(MethodHandles.lookup(), AdminApiLogger.class,
      "org.persistentchat.admin");

  @LogMessage(level = ERROR)
  @Message(id = 6000, value = "Administration API request failed unexpectedly (incident %s)")
  void unexpectedFailure(String incident, @Cause Throwable cause);
}
