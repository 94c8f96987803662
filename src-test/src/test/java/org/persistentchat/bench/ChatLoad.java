package org.persistentchat.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.persistentchat.it.support.AdminClient;

/**
 * Drives simulated users against a running server: connect sessions, set up rooms over the admin
 * API, join, post in a closed loop and count what is delivered. Every figure is measured, none is
 * checked against a limit: this is a benchmark, not a test.
 */
final class ChatLoad implements AutoCloseable {

  /** What one windowed step did: how many succeeded or failed, and how long it took. */
  record Step(int ok, int failed, double seconds, String firstError) {
    double perSecond() {
      return ok / seconds;
    }
  }

  /** What a posting phase measured. */
  record Posting(long acked, long refused, double postSeconds, long delivered, long expected,
      double deliverySeconds, Latencies latencies, Set<String> ackedTexts) {
  }

  /** Rooms of one size, and the users joined to them. */
  record Rooms(int size, List<String> uris, List<List<ChatClient>> members) {

    /** The users in order, {@code size} to a room. */
    static Rooms split(int size, List<String> uris, List<ChatClient> users) {
      List<List<ChatClient>> members = new ArrayList<>();
      for (int r = 0; r < uris.size(); r++) {
        members.add(users.subList(r * size, (r + 1) * size));
      }
      return new Rooms(size, uris, members);
    }
  }

  private static final long STEP_TIMEOUT_SECONDS = 120;
  private static final int DIALOG_GONE = 481;

  private final String host;
  private final int sipPort;
  private final int window;
  private final List<SipLink> links = new ArrayList<>();
  private final AtomicInteger nextLink = new AtomicInteger();
  private final String tag = Long.toHexString(System.currentTimeMillis() & 0xffffffL);
  private final AtomicInteger users = new AtomicInteger();
  private final ExecutorService senders = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "bench-sender");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  /** Numbers every post of this load, so that the texts of two posting phases never repeat. */
  private final AtomicInteger postIds = new AtomicInteger();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong lastDelivery = new AtomicLong();
  private volatile Latencies latencies = new Latencies();

  ChatLoad(String host, int sipPort, int connections, int window) throws IOException {
    this.host = host;
    this.sipPort = sipPort;
    this.window = window;
    for (int i = 0; i < connections; i++) {
      links.add(new SipLink(host, sipPort));
    }
  }

  /** New users, spread round-robin over the connections (not yet connected). */
  List<ChatClient> newUsers(int count, String label) {
    List<ChatClient> created = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SipLink link = links.get(Math.floorMod(nextLink.getAndIncrement(), links.size()));
      created.add(new ChatClient(link, "b" + tag + "-" + label + "-" + users.incrementAndGet(),
          this::onDelivery));
    }
    return created;
  }

  Step connect(List<ChatClient> clients) throws InterruptedException {
    return windowed(clients, c -> c.connect(host, sipPort));
  }

  Step bye(List<ChatClient> clients) throws InterruptedException {
    return windowed(clients, ChatClient::bye);
  }

  /**
   * Creates {@code count} Open rooms of one category and lets the given users into it (a
   * category's AllowedMembers; the users must have signed in once, which provisions them).
   */
  List<String> createRooms(int count, List<ChatClient> allowed) throws Exception {
    AdminClient admin = AdminClient.admin();
    AdminClient.Reply category = admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", "bench-" + tag + "-" + users.get()).add("chatHistory", true).build());
    require(category.status() == 201, category);
    int categoryId = category.json().getInt("id");
    Step allowing = windowed(allowed, 4, c -> CompletableFuture.supplyAsync(() -> {
      try {
        AdminClient.Reply reply = admin.put("/api/categories/" + categoryId
            + "/allowed-members/" + c.address(), null);
        require(reply.status() == 200, reply);
        return reply;
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }, senders));
    if (allowing.failed() > 0) {
      throw new IllegalStateException("could not allow members: " + allowing.firstError());
    }
    List<String> uris = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AdminClient.Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
          .add("name", "bench-" + tag + "-" + categoryId + "-" + i).add("privacy", "Open")
          .add("type", "Normal").add("category", categoryId).build());
      require(room.status() == 201, room);
      uris.add(room.json().getString("uri"));
    }
    return uris;
  }

  /** Joins each list of members to its room, all rooms at once, within the window. */
  Step join(Rooms rooms) throws InterruptedException {
    List<Map.Entry<ChatClient, String>> joins = new ArrayList<>();
    for (int r = 0; r < rooms.uris().size(); r++) {
      for (ChatClient member : rooms.members().get(r)) {
        joins.add(Map.entry(member, rooms.uris().get(r)));
      }
    }
    return windowed(joins, e -> e.getKey().join(e.getValue()));
  }

  /**
   * The first {@code postersPerRoom} members of each room post in a closed loop (the next post
   * once the previous one is answered) for {@code seconds}; then waits until every member has
   * received every acknowledged post (the author's echo included) or deliveries stop coming.
   */
  Posting post(Rooms rooms, int postersPerRoom, int seconds) throws InterruptedException {
    latencies = new Latencies();
    delivered.set(0);
    AtomicLong acked = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong lastAck = new AtomicLong();
    Set<String> ackedTexts = ConcurrentHashMap.newKeySet();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    List<CompletableFuture<Void>> loops = new ArrayList<>();
    List<AtomicLong> ackedPerRoom = new ArrayList<>();
    List<Integer> joinedPerRoom = new ArrayList<>();
    for (int r = 0; r < rooms.uris().size(); r++) {
      String room = rooms.uris().get(r);
      List<ChatClient> members = rooms.members().get(r).stream().filter(ChatClient::joined).toList();
      AtomicLong roomAcks = new AtomicLong();
      ackedPerRoom.add(roomAcks);
      joinedPerRoom.add(members.size());
      for (int p = 0; p < Math.min(postersPerRoom, members.size()); p++) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loops.add(done);
        postLoop(members.get(p), room, end, postIds, roomAcks, refused, lastAck, ackedTexts, done);
      }
    }
    for (CompletableFuture<Void> loop : loops) {
      try {
        loop.get(seconds + STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (Exception e) {
        refused.incrementAndGet();
      }
    }
    double postSeconds = (lastAck.get() - start) / 1e9;
    long expected = 0;
    for (int r = 0; r < ackedPerRoom.size(); r++) {
      acked.addAndGet(ackedPerRoom.get(r).get());
      expected += ackedPerRoom.get(r).get() * joinedPerRoom.get(r);
    }
    long seen = -1;
    long quietSince = System.nanoTime();
    while (delivered.get() < expected && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(30)) {
      if (delivered.get() != seen) {
        seen = delivered.get();
        quietSince = System.nanoTime();
      }
      Thread.sleep(100);
    }
    double deliverySeconds = (lastDelivery.get() - start) / 1e9;
    return new Posting(acked.get(), refused.get(), postSeconds, delivered.get(), expected,
        deliverySeconds, latencies, Set.copyOf(ackedTexts));
  }

  private void postLoop(ChatClient poster, String room, long end, AtomicInteger postIds,
      AtomicLong acked, AtomicLong refused, AtomicLong lastAck, Set<String> ackedTexts,
      CompletableFuture<Void> done) {
    if (System.nanoTime() >= end) {
      done.complete(null);
      return;
    }
    String text = "p" + tag + "x" + postIds.incrementAndGet();
    sentAt.put(text, System.nanoTime());
    poster.post(room, text).orTimeout(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .whenCompleteAsync((status, error) -> {
          if (error == null && status == 200) {
            acked.incrementAndGet();
            ackedTexts.add(text);
            lastAck.accumulateAndGet(System.nanoTime(), Math::max);
          } else {
            refused.incrementAndGet();
            if (error != null) {
              done.completeExceptionally(error);
              return;
            }
            if (status == DIALOG_GONE) {
              // The server dropped this session; a real client would reconnect, this one stops.
              done.complete(null);
              return;
            }
          }
          postLoop(poster, room, end, postIds, acked, refused, lastAck, ackedTexts, done);
        }, senders);
  }

  private void onDelivery(ChatClient to, String xccos) {
    long now = System.nanoTime();
    int open = xccos.indexOf("<chat>");
    int close = xccos.indexOf("</chat>", open);
    if (open < 0 || close < 0) {
      return;
    }
    Long sent = sentAt.get(xccos.substring(open + "<chat>".length(), close));
    if (sent != null) {
      latencies.record(now - sent);
      delivered.incrementAndGet();
      lastDelivery.accumulateAndGet(now, Math::max);
    }
  }

  private <T> Step windowed(List<T> items, Function<T, CompletableFuture<?>> operation)
      throws InterruptedException {
    return windowed(items, window, operation);
  }

  /** Runs the operation on every item with at most {@code width} in flight. */
  private static <T> Step windowed(List<T> items, int width,
      Function<T, CompletableFuture<?>> operation) throws InterruptedException {
    Semaphore slots = new Semaphore(width);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    StringBuffer firstError = new StringBuffer();
    long start = System.nanoTime();
    for (T item : items) {
      slots.acquire();
      CompletableFuture<?> step;
      try {
        step = operation.apply(item);
      } catch (RuntimeException e) {
        step = CompletableFuture.failedFuture(e);
      }
      step.orTimeout(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS).whenComplete((result, error) -> {
        if (error == null) {
          ok.incrementAndGet();
        } else {
          if (failed.getAndIncrement() == 0) {
            firstError.append(error);
          }
        }
        slots.release();
      });
    }
    slots.acquire(width);
    slots.release(width);
    return new Step(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, firstError.toString());
  }

  private static void require(boolean condition, AdminClient.Reply reply) {
    if (!condition) {
      throw new IllegalStateException("admin API answered " + reply.status() + ": " + reply.body());
    }
  }

  @Override
  public void close() {
    links.forEach(SipLink::close);
    senders.shutdownNow();
  }
}
