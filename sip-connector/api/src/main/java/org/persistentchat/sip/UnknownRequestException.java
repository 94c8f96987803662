package org.persistentchat.sip;

/** The request named is not awaiting a response: it was answered already, or it timed out. */
public class UnknownRequestException extends SipConnectorException {

  public UnknownRequestException(RequestId id) {
    super("no request awaiting a response with id " + id);
  }
}
