package org.persistentchat.admin;

/** The one role of the administration API, named as Lync's RBAC role so operators recognise it. */
public final class AdminRole {

  /** Granted through the ApplicationRealm group of the same name (see provision.sh). */
  public static final String ADMINISTRATOR = "CsPersistentChatAdministrator";

  private AdminRole() {}
}
