package org.persistentchat.admin;

import java.time.Instant;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.time.Ticks;

/** Who and when for the audit columns of administrative changes. */
public final class AdminClock {

  /**
   * Administrators sign in from the application realm, not the directory, so they have no
   * tblPrincipal row; their changes are recorded as the system's, as Lync does for its tools.
   */
  public static final PrincipalId ACTOR = PrincipalId.SYSTEM;

  private AdminClock() {}

  public static Ticks now() {
    return Ticks.of(Instant.now());
  }
}
