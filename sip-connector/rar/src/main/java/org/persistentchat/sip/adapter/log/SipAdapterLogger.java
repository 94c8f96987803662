package org.persistentchat.sip.adapter.log;

import static org.jboss.logging.Logger.Level.DEBUG;
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

  @LogMessage(level = DEBUG)
  @Message(id = 1030, value = "Dialog %s with %s established over %s, session interval %d s")
  void dialogEstablished(String dialog, String remote, String transport, int intervalSeconds);

  @LogMessage(level = DEBUG)
  @Message(id = 1031, value = "Dialog %s with %s ended: %s")
  void dialogEnded(String dialog, String remote, String reason);

  @LogMessage(level = INFO)
  @Message(id = 1032, value = "Dialog %s with %s expired after %d s without a refresh; BYE sent")
  void dialogExpired(String dialog, String remote, int intervalSeconds);

  @LogMessage(level = INFO)
  @Message(id = 1033, value = "%s from %s names no dialog we keep; answered 481")
  void unknownDialog(String method, String remote);

  @LogMessage(level = INFO)
  @Message(id = 1034, value = "%s from %s asks for a session interval of %d s, below our minimum %d s; answered 422")
  void sessionIntervalTooSmall(String method, String remote, int asked, int minimum);

  @LogMessage(level = INFO)
  @Message(id = 1035, value = "Dialog %s with %s: the 2xx to its INVITE was not acknowledged within %d ms; BYE sent, dialog ended")
  void ackNotReceived(String dialog, String remote, long waitedMillis);

  @LogMessage(level = WARN)
  @Message(id = 1040, value = "Peer %s exceeds %d requests per second; %s answered 503")
  void peerRateLimited(String remote, int perSecond, String method);

  @LogMessage(level = WARN)
  @Message(id = 1041, value = "Untrusted peer %s (certificate %s) asserted identity %s; %s answered 403")
  void untrustedAssertion(String remote, String certificate, String asserted, String method);

  @LogMessage(level = INFO)
  @Message(id = 1042, value = "TLS listening on port %d: protocols %s, client certificates %s, %d trusted peer pattern(s), %d trusted address range(s)")
  void tlsConfigured(int port, String protocols, String clientAuth, int peerPatterns, int addressRanges);

  @LogMessage(level = INFO)
  @Message(id = 1050, value = "%s on dialog %s failed: %s; dialog dropped")
  void inDialogRequestFailed(String method, String dialog, String outcome);

  @LogMessage(level = ERROR)
  @Message(id = 1051, value = "Delivery of the end of dialog %s failed")
  void dialogEndDeliveryFailed(String dialog, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(id = 1060, value = "Stopping with %d deliveries still in progress after waiting %d s")
  void drainTimedOut(int inFlight, int waitedSeconds);

  @LogMessage(level = INFO)
  @Message(id = 1061, value = "Stopping: dropped %d open dialog(s)")
  void dialogsDroppedAtStop(int count);

  @LogMessage(level = WARN)
  @Message(id = 1070, value = "UDP port %d overloaded: dropped %d datagram(s) in the last %d s, arriving at a full queue of %d or waiting in it over %d ms (senders retransmit)")
  void udpQueueFull(int port, long dropped, long seconds, int capacity, long maxWaitMillis);

  @LogMessage(level = WARN)
  @Message(id = 1071, value = "Malformed SIP message refused (start line '%s'): %s")
  void malformed(String firstLine, String problem);
}
