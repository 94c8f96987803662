package org.persistentchat.sip;

/** The adapter could not do what was asked: the stack is down, a send failed, a limit was hit. */
public class SipConnectorException extends RuntimeException {

  public SipConnectorException(String message) {
    super(message);
  }

  public SipConnectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
