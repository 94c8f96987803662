package org.persistentchat.compliance.xml;

import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Operator messages of the XML compliance adapter; ids 4050-4069 of the compliance range. */
@MessageLogger(projectCode = "PCHAT", length = 5)
public interface XmlAdapterLogger extends BasicLogger {

  XmlAdapterLogger LOG =
      Logger.getMessageLogger(MethodHandles.lookup(), XmlAdapterLogger.class,
          "org.persistentchat.compliance.xml");

  @LogMessage(level = WARN)
  @Message(id = 4050, value = "Compliance stylesheet warning: %s")
  void stylesheetWarning(String detail);

  @LogMessage(level = INFO)
  @Message(id = 4051, value = "Compliance XML adapter wrote %d conversations (%d messages) to %s")
  void wrote(int conversations, int messages, String file);
}
