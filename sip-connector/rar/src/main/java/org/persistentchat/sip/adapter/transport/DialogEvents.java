package org.persistentchat.sip.adapter.transport;

import org.persistentchat.sip.DialogEnded;

/** Receives the end of each dialog the stack service kept, exactly once per dialog. */
public interface DialogEvents {

  /** Called on a stack or timer thread; must hand the event off without blocking. */
  void dialogEnded(DialogEnded ended);
}
