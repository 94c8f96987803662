package org.persistentchat.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.persistentchat.message.store.ChatStore;
import org.persistentchat.message.store.HistorySearch;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.schema.PersistenceUnits;
import org.persistentchat.testing.SharedDatabaseCleaner;
import org.persistentchat.testing.TestDatabases;
import org.persistentchat.testing.Transactions;
import org.persistentchat.time.Ticks;

/**
 * Throughput and latency of {@link ChatStore} on an H2 file database under {@code target/} and,
 * when {@code -Dpchat.test.sqlserver.url} (.user, .password) is given, on that SQL Server.
 *
 * <ul>
 *   <li>posts into one room and into 1,000 rooms from 8 threads, one transaction per post as
 *       the chat service does (the one-room case queues on the room's sequence row);
 *   <li>"last 30 messages" ({@link ChatStore#latest}) of a room holding N messages;
 *   <li>a one-word history search over that room's N messages, the word in 1 of 10,000.
 * </ul>
 *
 * <p>Properties: {@code bench.messages} (N, default 100,000), {@code bench.posts} (posts per
 * insert run, default 8,000), {@code bench.queries} (default 300), {@code bench.searches}
 * (default 20), {@code bench.dir} (set by the pom to target/bench).
 */
public final class ChatStoreBenchmark {

  private static final int THREADS = 8;
  private static final int ROOMS = 1_000;
  private static final Ticks START = Ticks.of(Instant.parse("2026-01-01T00:00:00Z"));

  private final int messages = Integer.getInteger("bench.messages", 100_000);
  private final int posts = Integer.getInteger("bench.posts", 8_000);
  private final int queries = Integer.getInteger("bench.queries", 300);
  private final int searches = Integer.getInteger("bench.searches", 20);

  private ChatStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    quietFrameworkLogs();
    ChatStoreBenchmark bench = new ChatStoreBenchmark();
    Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    bench.run("H2 file (" + dir.resolve("mgc.mv.db") + ")", h2File(dir));
    if (TestDatabases.sqlServer().isPresent()) {
      DataSource sqlServer = TestDatabases.sqlServer().get();
      TestDatabases.migrated(PersistenceUnits.MGC, sqlServer);
      SharedDatabaseCleaner.clean(sqlServer);
      bench.run("SQL Server (" + System.getProperty(TestDatabases.SQLSERVER_URL) + ")",
          sqlServerPool());
    }
  }

  private void run(String backend, DataSource ds) throws Exception {
    System.out.printf("%nChatStore benchmark on %s%n", backend);
    System.out.printf("machine: %d cores, Java %s, max heap %d MB; N = %,d messages%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, messages);
    TestDatabases.migrated(PersistenceUnits.MGC, ds);
    EntityManagerFactory emf = TestDatabases.entityManagerFactory(PersistenceUnits.MGC, ds);
    try {
      PrincipalId[] authors = users(emf);
      List<NodeId> rooms = rooms(emf, authors[0]);
      NodeId hot = rooms.get(0);
      // Warm-up, not reported: JIT, statement caches and the database's first pages.
      insertRate(emf, authors, null, i -> rooms.get(i % ROOMS), posts / 4);
      insertRate(emf, authors, "1 room", i -> hot, posts);
      insertRate(emf, authors, String.format("%,d rooms", ROOMS), i -> rooms.get(i % ROOMS),
          posts);

      NodeId history = rooms.get(ROOMS);
      long fillStart = System.nanoTime();
      HistoryFiller.fill(ds, history, authors, messages, START);
      System.out.printf("filled a room with N = %,d messages by JDBC batches in %.1f s%n",
          messages, (System.nanoTime() - fillStart) / 1e9);
      latestLatency(emf, history);
      searchLatency(emf, history);
    } finally {
      emf.close();
    }
  }

  private PrincipalId[] users(EntityManagerFactory emf) throws Exception {
    PrincipalId[] users = new PrincipalId[THREADS];
    for (int i = 0; i < THREADS; i++) {
      String uri = "sip:bench" + i + "-" + UUID.randomUUID() + "@contoso.com";
      users[i] = Transactions.inTransaction(emf, em -> new PrincipalStore(em).add(
          UUID.randomUUID(), uri, PrincipalType.USER, uri, uri, PrincipalId.SYSTEM, START).id());
    }
    return users;
  }

  private List<NodeId> rooms(EntityManagerFactory emf, PrincipalId actor) throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return Transactions.inTransaction(emf, em -> {
      NodeId category = new CategoryStore(em).create("Bench " + tag, null, actor, START).id();
      List<NodeId> ids = new ArrayList<>();
      // One more than the insert runs use: the last room gets only the filled history.
      for (int r = 0; r <= ROOMS; r++) {
        ids.add(new RoomStore(em).create(category, "bench " + tag + " room " + r, null,
            Privacy.OPEN, RoomType.NORMAL, actor, START).id());
      }
      return ids;
    });
  }

  /**
   * {@code total} posts from 8 threads, each in its own transaction through ChatStore; printed
   * unless {@code where} is null (warm-up).
   */
  private void insertRate(EntityManagerFactory emf, PrincipalId[] authors, String where,
      IntFunction<NodeId> room, int total) throws Exception {
    int perThread = total / THREADS;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Callable<Void>> posters = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      posters.add(() -> {
        Random random = new Random(thread);
        for (int i = 0; i < perThread; i++) {
          int n = thread * perThread + i;
          String text = HistoryFiller.sentence(random, false);
          Ticks at = new Ticks(START.value() + n * 10_000L);
          Transactions.inTransaction(emf, em -> new ChatStore(em)
              .append(room.apply(n), authors[thread], at, false, text, null));
        }
        return null;
      });
    }
    long start = System.nanoTime();
    try {
      for (Future<Void> f : pool.invokeAll(posters)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (where == null) {
      return;
    }
    System.out.printf("insert into %s, %d threads, one transaction per post: %,d posts in"
        + " %.1f s = %,.0f inserts/s%n", where, THREADS, perThread * THREADS, seconds,
        perThread * THREADS / seconds);
  }

  private void latestLatency(EntityManagerFactory emf, NodeId room) {
    Percentiles p = new Percentiles(queries);
    for (int i = 0; i < queries + 20; i++) {
      EntityManager em = emf.createEntityManager();
      try {
        long start = System.nanoTime();
        int got = new ChatStore(em).latest(room, 30).size();
        long took = System.nanoTime() - start;
        if (got != 30) {
          throw new IllegalStateException("expected 30 messages, got " + got);
        }
        if (i >= 20) {
          p.add(took);
        }
      } finally {
        em.close();
      }
    }
    System.out.printf("last 30 messages of a room holding N = %,d: %s%n", messages, p.summary());
  }

  private void searchLatency(EntityManagerFactory emf, NodeId room) {
    HistorySearch query = HistorySearch.text(Set.of(room), HistoryFiller.NEEDLE,
        HistorySearch.Match.ALL);
    Percentiles p = new Percentiles(searches);
    HistorySearch.Result last = null;
    for (int i = 0; i < searches + 2; i++) {
      EntityManager em = emf.createEntityManager();
      try {
        long start = System.nanoTime();
        last = new ChatStore(em).search(query);
        long took = System.nanoTime() - start;
        if (i >= 2) {
          p.add(took);
        }
      } finally {
        em.close();
      }
    }
    System.out.printf("search for one word (in 1 of %,d messages) over N = %,d: %s;"
        + " %d hits%s%n", HistoryFiller.NEEDLE_EVERY, messages, p.summary(),
        last.chats().size(), last.exceededLimit() ? " (limit exceeded)" : "");
  }

  private static DataSource h2File(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("mgc") + ";LOCK_TIMEOUT=60000");
    // A pool, as the application server's datasource would be.
    return JdbcConnectionPool.create(ds);
  }

  private static DataSource sqlServerPool() {
    com.microsoft.sqlserver.jdbc.SQLServerConnectionPoolDataSource ds =
        new com.microsoft.sqlserver.jdbc.SQLServerConnectionPoolDataSource();
    String url = TestDatabases.SQLSERVER_URL;
    ds.setURL(System.getProperty(url));
    ds.setUser(System.getProperty(url.replace(".url", ".user"), ""));
    ds.setPassword(System.getProperty(url.replace(".url", ".password"), ""));
    JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
    pool.setMaxConnections(THREADS * 2);
    return pool;
  }

  private static void quietFrameworkLogs() {
    for (String name : List.of("", "org.flywaydb", "org.eclipse.persistence")) {
      Logger.getLogger(name).setLevel(Level.WARNING);
    }
  }
}
