package org.persistentchat.sip.adapter.transport;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.DatagramQueuedMessageDispatch;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.UDPMessageChannel;
import gov.nist.javax.sip.stack.UDPMessageProcessor;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;

/**
 * The RI's UDP listening point with a fixed number of parsing threads, a bounded queue of
 * datagrams between the socket and those threads, and a {@link #stop} that ends every thread it
 * started.
 *
 * <p>Why not the RI's own processor: without a pool, RI 1.3.0-91 starts a thread with a 64 KiB
 * buffer for every datagram, and a flood runs the server out of heap. With its pool
 * ({@code THREAD_POOL_SIZE}), the pool threads are created by the receiver thread after {@code
 * start()} has returned, so a {@code stop()} that comes early finds some or none of them and the
 * rest wait on the queue for ever (the adapter's start/stop test caught exactly that). Here the
 * pool threads exist before {@code start()} returns, and {@code stop()} closes the socket, waits
 * for the receiver, wakes every pool thread with one empty datagram each and joins them.
 *
 * <p>When the queue is full the datagram is dropped, and so is one that waited longer than {@link
 * #MAX_WAIT_MILLIS} (by then its sender has retransmitted it, RFC 3261 Timer A/E, and the copy
 * behind it in the queue will do): latency stays bounded instead of growing with the backlog.
 * Requests that do get through are answered 503 by the adapter's concurrency limit when the
 * application is the bottleneck. Drops are counted and logged at most every ten seconds.
 */
final class BoundedUdpMessageProcessor extends UDPMessageProcessor {

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  /** Largest UDP payload; every datagram is copied out of this buffer at its own length. */
  private static final int DATAGRAM_BUFFER = 65_535;

  /** Oldest datagram still worth parsing: four retransmission intervals of Timer E (T1 500 ms). */
  static final long MAX_WAIT_MILLIS = 2_000;

  private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long JOIN_MILLIS = 5_000;

  private final int threads;
  private final List<Thread> workers = new CopyOnWriteArrayList<>();
  private final CountDownLatch workersRunning;
  private final AtomicLong dropped = new AtomicLong();
  private final String threadPrefix;
  private Thread receiver;
  private volatile boolean open;
  private boolean stopped;

  BoundedUdpMessageProcessor(InetAddress address, SIPTransactionStack stack, int port, int threads,
      int queueCapacity) throws IOException {
    super(address, stack, port);
    if (threads < 1 || queueCapacity < threads) {
      throw new IllegalArgumentException(
          "UDP processor needs at least one thread and a queue at least as long: " + threads + ", " + queueCapacity);
    }
    this.threads = threads;
    this.workersRunning = new CountDownLatch(threads);
    this.messageQueue = new FreshDatagrams(queueCapacity);
    this.threadPrefix = ((SipStackImpl) stack).getStackName() + "-udp-" + port + "-";
  }

  @Override
  public synchronized void start() {
    if (open || stopped) {
      return;
    }
    isRunning = true;
    open = true;
    messageChannels = new LinkedList<>();
    for (int i = 0; i < threads; i++) {
      messageChannels.add(new PooledChannel(threadPrefix + i));
    }
    receiver = new Thread(this::receive, threadPrefix + "receiver");
    receiver.setDaemon(true);
    receiver.start();
  }

  /** Not used: {@link #start} runs {@link #receive} on a thread it keeps, so that stop can join it. */
  @Override
  public void run() {
    receive();
  }

  private void receive() {
    byte[] buffer = new byte[DATAGRAM_BUFFER];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    long reportedAt = System.nanoTime();
    while (open) {
      try {
        packet.setData(buffer);
        sock.receive(packet);
      } catch (IOException e) {
        if (!open || sock.isClosed()) {
          return;
        }
        LOG.stackError("UDP receive on port " + getPort() + " failed", e);
        continue;
      }
      DatagramPacket copy = new DatagramPacket(Arrays.copyOf(buffer, packet.getLength()),
          packet.getLength(), packet.getSocketAddress());
      if (!messageQueue.offer(new DatagramQueuedMessageDispatch(copy, System.currentTimeMillis()))) {
        dropped.incrementAndGet();
      }
      long now = System.nanoTime();
      if (now - reportedAt >= REPORT_NANOS) {
        reportDrops((now - reportedAt) / 1_000_000_000L);
        reportedAt = now;
      }
    }
  }

  private void reportDrops(long seconds) {
    long count = dropped.getAndSet(0);
    if (count > 0) {
      LOG.udpQueueFull(getPort(), count, seconds, messageQueue.size() + messageQueue.remainingCapacity(),
          MAX_WAIT_MILLIS);
    }
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      open = false;
      isRunning = false; // read by the pool threads after each take(); the queue publishes it
    }
    sock.close();
    join(receiver);
    reportDrops(0);
    try {
      // Pool threads created in start() may not have reached their loop yet; each must take one
      // wake-up datagram, so wait until all of them are running before handing them out.
      workersRunning.await(JOIN_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    messageQueue.clear();
    for (int i = 0; i < threads; i++) {
      messageQueue.offer(new DatagramQueuedMessageDispatch(new DatagramPacket(new byte[0], 0),
          System.currentTimeMillis()));
    }
    for (Thread worker : new ArrayList<>(workers)) {
      join(worker);
    }
    if (!workers.isEmpty()) {
      LOG.stackError("UDP threads still running after stop: " + workers, null);
    }
  }

  private static void join(Thread thread) {
    if (thread == null || thread == Thread.currentThread()) {
      return;
    }
    try {
      thread.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The RI's pool-mode channel: takes datagrams from the queue until the processor stops. */
  private final class PooledChannel extends UDPMessageChannel {

    PooledChannel(String threadName) {
      super(BoundedUdpMessageProcessor.this.sipStack, BoundedUdpMessageProcessor.this, threadName);
    }

    @Override
    public void run() {
      Thread self = Thread.currentThread();
      workers.add(self);
      workersRunning.countDown();
      try {
        super.run();
      } finally {
        workers.remove(self);
      }
    }
  }

  /** The queue between the socket and the parsing threads; hands out only datagrams still fresh. */
  private final class FreshDatagrams extends ArrayBlockingQueue<DatagramQueuedMessageDispatch> {

    private static final long serialVersionUID = 1L;

    FreshDatagrams(int capacity) {
      super(capacity);
    }

    @Override
    public DatagramQueuedMessageDispatch take() throws InterruptedException {
      DatagramQueuedMessageDispatch next = super.take();
      while (stale(next)) {
        next = super.take();
      }
      return next;
    }

    @Override
    public DatagramQueuedMessageDispatch poll(long timeout, TimeUnit unit) throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(timeout);
      DatagramQueuedMessageDispatch next = super.poll(timeout, unit);
      while (next != null && stale(next)) {
        next = super.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      return next;
    }

    private boolean stale(DatagramQueuedMessageDispatch datagram) {
      if (System.currentTimeMillis() - datagram.getReceptionTime() <= MAX_WAIT_MILLIS) {
        return false;
      }
      dropped.incrementAndGet();
      return true;
    }
  }
}
