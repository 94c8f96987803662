package org.persistentchat.admin;

/**
 * How an administrator appears in the compliance record. Administrators sign in from the
 * application realm and have no SIP address, so the record names them by this URN instead, which
 * no user URI can be mistaken for.
 */
public final class Administrators {

  private static final String PREFIX = "urn:persistentchat:administrator:";

  private Administrators() {}

  public static String uriOf(String callerName) {
    return PREFIX + (callerName == null || callerName.isBlank() ? "unknown" : callerName);
  }
}
