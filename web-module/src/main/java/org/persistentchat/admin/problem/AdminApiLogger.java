package org.persistentchat.admin.problem;

import static org.jboss.logging.Logger.Level.ERROR;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages of the administration API; ids 6000-6099 and 7000-7099. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface AdminApiLogger extends BasicLogger {

  AdminApiLogger LOG = Logger.getMessageLogger(MethodHandles.lookup(), AdminApiLogger.class,
      "org.persistentchat.admin");

  @LogMessage(level = ERROR)
  @Message(id = 6000, value = "Administration API request failed unexpectedly (incident %s)")
  void unexpectedFailure(String incident, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 6001, value = "Refused %s %s from %s without the X-Requested-With header"
      + " (a cross-site request, or a client that must add the header)")
  void crossSiteRefused(String method, String path, String remote);

  @LogMessage(level = INFO)
  @Message(id = 7000, value = "Export %s (level %s) written: %d bytes in %s")
  void exportWritten(String id, String level, long bytes, String file);

  @LogMessage(level = ERROR)
  @Message(id = 7001, value = "Export %s failed")
  void exportFailed(String id, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 7002, value = "Import (%s) by %s applied: %d categories, %d rooms, %d principals,"
      + " %d add-ins, %d messages")
  void importApplied(String mode, String caller, int categories, int rooms, int principals,
      int addins, int messages);

  @LogMessage(level = WARN)
  @Message(id = 7003, value = "Expired export %s could not be deleted from %s")
  void exportNotDeleted(String id, String file, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 7004, value = "Moderation of room %d by %s: %d message(s) %s")
  void moderated(int room, String caller, int count, String action);
}
