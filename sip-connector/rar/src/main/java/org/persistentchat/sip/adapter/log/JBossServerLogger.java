package org.persistentchat.sip.adapter.log;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.jboss.logging.Logger;

/**
 * Writes the SIP messages the stack sends and receives to the {@code gov.nist.javax.sip.messages}
 * category at TRACE: off by default, one logger level away when an operator needs a trace.
 */
public class JBossServerLogger implements ServerLogger {

  private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip.messages");

  @Override
  public void closeLogFile() {
    // Nothing is held open.
  }

  @Override
  public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
    log(message, from, to, sender);
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender, long time) {
    log(message, from, to, sender);
  }

  @Override
  public void logMessage(
      SIPMessage message, String from, String to, String status, boolean sender) {
    log(message, from, to, sender);
  }

  private static void log(SIPMessage message, String from, String to, boolean sender) {
    if (LOG.isTraceEnabled()) {
      LOG.tracef("%s %s -> %s%n%s", sender ? "sent" : "received", from, to, message);
    }
  }

  @Override
  public void logException(Exception ex) {
    LOG.debug("SIP stack exception", ex);
  }

  @Override
  public void setStackProperties(Properties stackProperties) {
    // Levels come from the server's logging configuration.
  }

  @Override
  public void setSipStack(SipStack sipStack) {
    // Not needed: messages arrive with everything they need.
  }
}
