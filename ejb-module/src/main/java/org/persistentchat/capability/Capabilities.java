package org.persistentchat.capability;

/**
 * The SIP capabilities the chat server announces. Each list names only what a deployed bean
 * really handles; it grows as features land.
 */
public final class Capabilities {

  /** Methods answered by the chat server's beans. */
  public static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE";

  /** Body types the chat server reads (XCCOS travels as text/plain). */
  public static final String ACCEPT = "text/plain";

  /** SIP extensions (option tags) supported: session timers (RFC 4028), kept by the adapter. */
  public static final String SUPPORTED = "timer";

  private Capabilities() {}
}
