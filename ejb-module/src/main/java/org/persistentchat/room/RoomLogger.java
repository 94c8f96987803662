package org.persistentchat.room;

import static org.jboss.logging.Logger.Level.DEBUG;
import static org.jboss.logging.Logger.Level.ERROR;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages about room membership; ids 5100-5199. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface RoomLogger extends BasicLogger {

  RoomLogger LOG = Logger.getMessageLogger(RoomLogger.class, "org.persistentchat.room");

  @LogMessage(level = ERROR)
  @Message(id = 5100, value = "Could not record the compliance PART of %s in %s; "
      + "the user left the room all the same")
  void partNotRecorded(String user, String channelUri, @Cause Throwable cause);

  @LogMessage(level = ERROR)
  @Message(id = 5101, value = "Could not part session %s from %s while closing it")
  void partFailed(String session, String channelUri, @Cause Throwable cause);

  @LogMessage(level = DEBUG)
  @Message(id = 5102, value = "Roster notices of %s are now %s (%d participants, limit %d)")
  void rosterState(String channelUri, String state, int participants, int limit);
}
