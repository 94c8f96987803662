package org.persistentchat.store;

import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator-facing messages of the persistence module's stores; ids 3000-3999. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface StoreLogger extends BasicLogger {

  StoreLogger LOG = Logger.getMessageLogger(StoreLogger.class, "org.persistentchat.store");

  @LogMessage(level = WARN)
  @Message(id = 3000, value = "%,d invitations are stored, more than the %,d beyond which"
      + " Lync's invitation performance degrades; consider switching invitations off in"
      + " categories with large rooms")
  void invitationsBeyondGuidance(long stored, long guidance);

  @LogMessage(level = INFO)
  @Message(id = 3001, value = "Global %s removed: the defaults apply again")
  void globalSettingsReset(String kind);

  @LogMessage(level = INFO)
  @Message(id = 3002, value = "Policy %s removed; %d user(s) granted it now follow their site"
      + " or the global policy")
  void policyGrantsDropped(String tag, int users);
}
