package org.persistentchat.sip.adapter;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.resource.spi.work.WorkRejectedException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/** A container stand-in: a WorkManager on a small thread pool. */
final class FakeBootstrapContext implements BootstrapContext, AutoCloseable {

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  private final WorkManager workManager = new WorkManager() {
    @Override
    public void doWork(Work work) {
      work.run();
    }

    @Override
    public void doWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener) {
      work.run();
    }

    @Override
    public long startWork(Work work) throws WorkRejectedException {
      scheduleWork(work);
      return 0;
    }

    @Override
    public long startWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener)
        throws WorkRejectedException {
      scheduleWork(work);
      return 0;
    }

    @Override
    public void scheduleWork(Work work) throws WorkRejectedException {
      try {
        pool.execute(work);
      } catch (RejectedExecutionException e) {
        throw new WorkRejectedException(e);
      }
    }

    @Override
    public void scheduleWork(Work work, long timeout, ExecutionContext ctx, WorkListener listener)
        throws WorkRejectedException {
      scheduleWork(work);
    }
  };

  @Override
  public WorkManager getWorkManager() {
    return workManager;
  }

  @Override
  public XATerminator getXATerminator() {
    return null;
  }

  @Override
  public Timer createTimer() {
    return new Timer(true);
  }

  @Override
  public boolean isContextSupported(Class<? extends WorkContext> workContextClass) {
    return false;
  }

  @Override
  public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
    return null;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
