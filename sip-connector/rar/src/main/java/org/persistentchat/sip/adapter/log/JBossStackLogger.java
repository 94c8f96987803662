package org.persistentchat.sip.adapter.log;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Routes the JAIN-SIP RI's internal logging into JBoss Logging (category {@code gov.nist}), so
 * that the stack needs no log4j and its output obeys the server's logging configuration.
 *
 * <p>Instantiated by the stack by class name ({@code gov.nist.javax.sip.STACK_LOGGER}).
 */
public class JBossStackLogger implements StackLogger {

  private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip");

  private volatile boolean enabled = true;

  @Override
  public void logStackTrace() {
    if (LOG.isTraceEnabled()) {
      LOG.trace("stack trace", new Throwable());
    }
  }

  @Override
  public void logStackTrace(int traceLevel) {
    logStackTrace();
  }

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    LOG.debug("SIP stack exception", ex);
  }

  @Override
  public void logDebug(String message) {
    LOG.debug(message);
  }

  @Override
  public void logDebug(String message, Exception ex) {
    LOG.debug(message, ex);
  }

  @Override
  public void logTrace(String message) {
    LOG.trace(message);
  }

  @Override
  public void logFatalError(String message) {
    LOG.error(message);
  }

  @Override
  public void logError(String message) {
    LOG.error(message);
  }

  @Override
  public void logError(String message, Exception ex) {
    LOG.error(message, ex);
  }

  @Override
  public void logWarning(String message) {
    // The RI warns about defaults in use (no key store, ...) on every start: noise for operators.
    LOG.debug(message);
  }

  @Override
  public void logInfo(String message) {
    LOG.debug(message);
  }

  @Override
  public boolean isLoggingEnabled() {
    return enabled;
  }

  @Override
  public boolean isLoggingEnabled(int level) {
    if (!enabled) {
      return false;
    }
    if (level >= TRACE_TRACE) {
      return LOG.isTraceEnabled();
    }
    if (level >= TRACE_DEBUG) {
      return LOG.isDebugEnabled();
    }
    if (level >= TRACE_WARN) {
      return LOG.isDebugEnabled();
    }
    return level > TRACE_NONE;
  }

  @Override
  public void disableLogging() {
    enabled = false;
  }

  @Override
  public void enableLogging() {
    enabled = true;
  }

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {
    LOG.debugf("JAIN-SIP RI build %s", buildTimeStamp);
  }

  @Override
  public void setStackProperties(Properties stackProperties) {
    // Levels come from the server's logging configuration, not from stack properties.
  }

  @Override
  public String getLoggerName() {
    return LOG.getName();
  }
}
