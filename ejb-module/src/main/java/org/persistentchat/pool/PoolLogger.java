package org.persistentchat.pool;

import static org.jboss.logging.Logger.Level.INFO;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages of pool start-up; ids 2000-2099. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface PoolLogger extends BasicLogger {

  PoolLogger LOG = Logger.getMessageLogger(PoolLogger.class, "org.persistentchat.pool");

  @LogMessage(level = INFO)
  @Message(id = 2000, value = "Database %s (%s) is at schema version %s; %d migrations applied now")
  void schemaReady(String unit, String dialect, String version, int applied);

  @LogMessage(level = INFO)
  @Message(id = 2001, value = "This node is chat server %d of the pool (%s); JPA provider %s")
  void registered(int serverId, String address, String provider);
}
