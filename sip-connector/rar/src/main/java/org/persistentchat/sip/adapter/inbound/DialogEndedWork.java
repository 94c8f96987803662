package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.lang.reflect.Method;
import org.persistentchat.sip.DialogEnded;
import org.persistentchat.sip.SipDialogListener;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;

/**
 * Tells one {@link SipDialogListener} endpoint that a dialog ended, on a WorkManager thread, with
 * {@code beforeDelivery}/{@code afterDelivery} paired as for requests. A failure is logged: the
 * dialog is gone either way, and there is no peer to answer.
 */
final class DialogEndedWork implements Work {

  static final Method ON_DIALOG_ENDED;

  static {
    try {
      ON_DIALOG_ENDED = SipDialogListener.class.getMethod("onDialogEnded", DialogEnded.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private final MessageEndpointFactory factory;
  private final DialogEnded ended;
  private final Runnable done;

  DialogEndedWork(MessageEndpointFactory factory, DialogEnded ended, Runnable done) {
    this.factory = factory;
    this.ended = ended;
    this.done = done;
  }

  @Override
  public void run() {
    try {
      MessageEndpoint endpoint = factory.createEndpoint(null);
      try {
        endpoint.beforeDelivery(ON_DIALOG_ENDED);
        try {
          ((SipDialogListener) endpoint).onDialogEnded(ended);
        } finally {
          endpoint.afterDelivery();
        }
      } finally {
        endpoint.release();
      }
    } catch (Exception e) {
      LOG.dialogEndDeliveryFailed(ended.dialog().toString(), e);
    } finally {
      done.run();
    }
  }

  @Override
  public void release() {
    // Delivery is a single call; there is nothing to interrupt.
  }
}
