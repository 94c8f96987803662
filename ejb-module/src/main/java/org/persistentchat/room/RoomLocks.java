package org.persistentchat.room;

import java.util.concurrent.locks.ReentrantLock;
import org.persistentchat.session.RoomKey;

/**
 * Serialises the changes of one room on this node: a post's store-then-queue, a join's
 * register-then-notify. Holding the room's lock from the database write until every recipient's
 * queue has the payload is what makes all members see a room's events in one order. Striped, so
 * memory does not grow with the number of rooms; two rooms sharing a stripe only queue briefly.
 */
public class RoomLocks {

  private static final int STRIPES = 128;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  public RoomLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Work under a room's lock. */
  @FunctionalInterface
  public interface Guarded<T> {
    T run() throws RefusedException;
  }

  public <T> T withRoom(RoomKey room, Guarded<T> work) throws RefusedException {
    ReentrantLock lock = stripes[Math.floorMod(room.nodeId(), STRIPES)];
    lock.lock();
    try {
      return work.run();
    } finally {
      lock.unlock();
    }
  }
}
