package org.persistentchat.sip;

/** Why a dialog ended. */
public enum DialogEndReason {
  /** The peer sent BYE. */
  BYE_RECEIVED,
  /** The application sent BYE. */
  BYE_SENT,
  /** No refresh or other request arrived within the session interval (RFC 4028); BYE was sent. */
  EXPIRED,
  /** The peer never acknowledged the 2xx to its INVITE. */
  ACK_NOT_RECEIVED,
  /** A request on the dialog could not be delivered: no connection, timeout. */
  TRANSPORT_FAILURE,
  /** The peer answered a request on the dialog with 481 or 487: it no longer knows the dialog. */
  REJECTED_BY_PEER,
  /** The adapter stopped and dropped its dialogs. */
  ADAPTER_STOPPED
}
