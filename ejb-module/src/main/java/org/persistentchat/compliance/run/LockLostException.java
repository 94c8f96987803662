package org.persistentchat.compliance.run;

/**
 * The lease ran out while the adapter was writing, and another server may have taken over. The
 * batch is not deleted: it may appear in both servers' output, but it is never lost.
 */
public class LockLostException extends Exception {

  public LockLostException(int serverId) {
    super("server " + serverId + " lost the compliance lock during a run; its batch is kept");
  }
}
