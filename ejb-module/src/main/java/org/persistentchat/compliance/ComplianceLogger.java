package org.persistentchat.compliance;

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

/**
 * Operator messages of the compliance pipeline; ids 4000-4049, 8000-8049 and 9100-9109 (the
 * collection switch); the XML adapter has 4050-4069, {@code org.persistentchat.compliance.xml.XmlAdapterLogger}.
 */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface ComplianceLogger extends BasicLogger {

  ComplianceLogger LOG =
      Logger.getMessageLogger(MethodHandles.lookup(), ComplianceLogger.class,
          "org.persistentchat.compliance");

  @LogMessage(level = WARN)
  @Message(id = 4000, value = "Compliance message %s is delivered again (attempt %d); a previous attempt rolled back, so its events are now recorded one at a time")
  void redelivered(String message, int attempt);

  @LogMessage(level = ERROR)
  @Message(id = 4001, value = "Compliance message %s cannot be recorded (attempt %d of %d); it rolls back and, after the last attempt, goes to the dead-letter queue %s")
  void recordingFailed(String messageId, int attempt, int maxAttempts, String dlq,
      @Cause Throwable cause);

  @LogMessage(level = ERROR)
  @Message(id = 4002, value = "Compliance message %s is malformed and will end in the dead-letter queue %s: %s")
  void malformed(String messageId, String dlq, String reason);

  @LogMessage(level = INFO)
  @Message(id = 4003, value = "Compliance events already recorded, these copies ignored: %s")
  void duplicateIgnored(String eventIds);

  @LogMessage(level = WARN)
  @Message(id = 4004, value = "Compliance event %s cannot be recorded (attempt %d); the other events of its message are recorded, and it is tried again with the message")
  void eventNotRecorded(String eventId, int attempt, @Cause Throwable cause);

  @LogMessage(level = ERROR)
  @Message(id = 4010, value = "Compliance adapter runs are OFF on this node: %s. Events keep queuing in mgccomp and nothing is deleted until the configuration is fixed.")
  void configurationRejected(String reason);

  @LogMessage(level = INFO)
  @Message(id = 4011, value = "Compliance adapter %s runs every %s on this node (server %d)")
  void scheduled(String adapterType, String interval, int serverId);

  @LogMessage(level = INFO)
  @Message(id = 4012, value = "Compliance run on server %d handed %d events in %d conversations to the adapter; last event id %d")
  void runCompleted(int serverId, int events, int conversations, long lastEventId);

  @LogMessage(level = ERROR)
  @Message(id = 4013, value = "Compliance adapter failed; the %d events of this run stay in mgccomp for the next run")
  void adapterFailed(int events, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 4014, value = "Compliance run skipped: server %d holds the pool-wide lock until %s")
  void lockHeldElsewhere(int holder, String until);

  @LogMessage(level = WARN)
  @Message(id = 4015, value = "Compliance run stopped: %s")
  void lockLost(String reason);

  @LogMessage(level = WARN)
  @Message(id = 4020, value = "Compliance outbox cannot be read; its events wait there and the relay tries again at its next sweep")
  void outboxUnreadable(@Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 4021, value = "Compliance outbox relay could not put %d events on the compliance queue; they stay in the outbox and the relay tries again at its next sweep")
  void outboxNotSent(int events, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 4022, value = "Compliance outbox relay sent %d events but could not delete them from the outbox; they will be sent again, and the consumer ignores the copies by their event id")
  void outboxNotDeleted(int events, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 4023, value = "Compliance outbox: server %d adopted %d events that waited longer than %s for their own server's relay")
  void outboxAdopted(int serverId, int events, String waited);

  @LogMessage(level = WARN)
  @Message(id = 4024, value = "Compliance outbox relay stopped with %d events of server %d still in the outbox; they are sent when this server starts again, or adopted by another server of the pool")
  void outboxLeftAtStop(long events, int serverId);

  @LogMessage(level = ERROR)
  @Message(id = 4025, value = "Compliance outbox relay could not be started; events wait in the outbox for its next sweep")
  void outboxRelayNotStarted(@Cause Throwable cause);

  @LogMessage(level = ERROR)
  @Message(id = 8000, value = "Compliance message %s failed its last delivery attempt (%d of %d); it is moved to the dead-letter queue %s. Its events named by PCHAT04004 lines, or all of them if it could not be read, are NOT in mgccomp: inspect it there and move it back once the cause is fixed (events already recorded are not recorded twice)")
  void deadLettered(String messageId, int attempt, int maxAttempts, String dlq);

  @LogMessage(level = INFO)
  @Message(id = 8001, value = "Compliance configuration changed: adapter %s, output %s, every %s")
  void reconfigured(String adapterType, String outputDirectory, String interval);

  @LogMessage(level = INFO)
  @Message(id = 8002, value = "Compliance run requested by an administrator on server %d")
  void runRequested(int serverId);

  @LogMessage(level = WARN)
  @Message(id = 9100, value = "Compliance collection is OFF on this node (%s=false): chat events are not recorded")
  void collectionOff(String property);

  @LogMessage(level = WARN)
  @Message(id = 9101, value = "%s='%s' is not true or false; compliance collection stays ON")
  void collectionSettingUnreadable(String property, String value);
}
