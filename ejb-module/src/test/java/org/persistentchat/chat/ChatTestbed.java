package org.persistentchat.chat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.model.PrincipalType;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoleType;
import org.persistentchat.room.model.RoomType;
import org.persistentchat.room.store.CategoryStore;
import org.persistentchat.room.store.RoleStore;
import org.persistentchat.room.store.RoomStore;
import org.persistentchat.session.InMemorySessionRegistry;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.sip.SipUri;
import org.persistentchat.time.Ticks;
import org.persistentchat.xccos.XccosParser;

/**
 * The chat core on a real, migrated H2 mgc with real stores, parser and writer, a recording
 * sender and a recording compliance recorder. Users are in one category scope through a group.
 */
final class ChatTestbed implements AutoCloseable {

  static final String DOMAIN = "contoso.com";
  static final Ticks NOW = Ticks.of(Instant.parse("2026-03-01T12:00:00Z"));

  final EntityManagerFactory emf = H2Database.migratedMgc();
  final ResourceLocalUnitOfWork work = new ResourceLocalUnitOfWork(emf);
  final RecordingSender sender = new RecordingSender();
  final RecordingCompliance compliance = new RecordingCompliance();
  final SessionRegistry registry = new InMemorySessionRegistry();
  /** The real time, which a test may move ahead. */
  final OffsetClock clock = new OffsetClock(Clock.tickMillis(ZoneOffset.UTC));
  final ChatService chat;
  private final AtomicInteger envelopes = new AtomicInteger(1000);
  private final PrincipalId everyone;

  ChatTestbed() throws Exception {
    this(ChatSettings.defaults(SipUri.parse("sip:pchat@" + DOMAIN), DOMAIN));
  }

  ChatTestbed(ChatSettings settings) throws Exception {
    chat = new ChatService(settings, registry, sender, work, compliance,
        new ConfiguredChatPolicy(settings.chatEnabledByDefault()), new XccosParser(),
        Runnable::run, clock);
    everyone = work.setup(em -> new PrincipalStore(em).add(UUID.randomUUID(), "ma-grp:everyone",
        PrincipalType.GROUP, "everyone", "everyone", PrincipalId.SYSTEM, NOW).id());
  }

  /** A user in the "everyone" group, cached in tblPrincipal. */
  PrincipalId user(String name) throws Exception {
    return work.setup(em -> {
      PrincipalStore principals = new PrincipalStore(em);
      PrincipalId id = principals.add(UUID.randomUUID(), uri(name), PrincipalType.USER, name,
          name, PrincipalId.SYSTEM, NOW).id();
      principals.setAffiliations(id, List.of(everyone), PrincipalId.SYSTEM);
      return id;
    });
  }

  /** The group every user of the testbed belongs to. */
  PrincipalId everyone() {
    return everyone;
  }

  /** A category whose scope admits only {@code principal}. */
  NodeId categoryFor(String name, PrincipalId principal) throws Exception {
    return work.setup(em -> {
      CategoryStore categories = new CategoryStore(em);
      NodeId id = categories.create(name, null, PrincipalId.SYSTEM, NOW).id();
      categories.putInScope(id, principal, false, PrincipalId.SYSTEM);
      return id;
    });
  }

  static String uri(String name) {
    return "sip:" + name + "@" + DOMAIN;
  }

  /** A category with everyone in scope. */
  NodeId category(String name, boolean chatHistory) throws Exception {
    return work.setup(em -> {
      CategoryStore categories = new CategoryStore(em);
      NodeId id = categories.create(name, null, PrincipalId.SYSTEM, NOW).id();
      categories.putInScope(id, everyone, false, PrincipalId.SYSTEM);
      categories.setSwitches(id, false, false, chatHistory, PrincipalId.SYSTEM, NOW);
      return id;
    });
  }

  /** Creates a room and returns its wire URI. */
  String room(NodeId category, String name, Privacy privacy, RoomType type) throws Exception {
    Node room = work.setup(em -> new RoomStore(em).create(category, name, name + " room",
        privacy, type, PrincipalId.SYSTEM, NOW));
    return "ma-chan://" + DOMAIN + "/" + room.guid();
  }

  void grant(String roomUri, PrincipalId principal, RoleType role) throws Exception {
    work.setup(em -> {
      new RoleStore(em).grant(nodeOf(em, roomUri), principal, role, PrincipalId.SYSTEM);
      return null;
    });
  }

  void disable(String roomUri) throws Exception {
    work.setup(em -> {
      new RoomStore(em).setDisabled(nodeOf(em, roomUri), true, PrincipalId.SYSTEM, NOW);
      return null;
    });
  }

  /** Deletes the room as an administrator does: roles, history and the row go. */
  void delete(String roomUri) throws Exception {
    work.setup(em -> {
      new RoomStore(em).delete(nodeOf(em, roomUri));
      return null;
    });
  }

  long storedChats() throws Exception {
    return work.setup(em -> em.createQuery("SELECT COUNT(c) FROM Chat c", Long.class)
        .getSingleResult());
  }

  SessionId connect(String name) throws Exception {
    SessionId session = SessionId.of(name + "-dialog");
    chat.openSession(session, SipUri.parse(uri(name)));
    return session;
  }

  /** Sends one client envelope around {@code payload}; returns the SIP status. */
  int info(SessionId session, String payload) {
    String body = "<xccos ver=\"1\" envid=\"" + envelopes.incrementAndGet()
        + "\" xmlns=\"urn:parlano:xml:ns:xccos\">" + payload + "</xccos>";
    AtomicReference<Integer> status = new AtomicReference<>();
    chat.onInfo(session, body.getBytes(StandardCharsets.UTF_8), status::set);
    return status.get();
  }

  /** The last body the session received. */
  Received last(SessionId session) {
    List<Received> all = sender.of(session);
    return all.get(all.size() - 1);
  }

  Received join(SessionId session, String roomUri) {
    String value = roomUri.substring(roomUri.lastIndexOf('/') + 1);
    info(session, "<cmd id=\"cmd:join\" seqid=\"1\"><data><chanid key=\"0\" domain=\"" + DOMAIN
        + "\" value=\"" + value + "\"/></data></cmd>");
    return last(session);
  }

  Received part(SessionId session, String roomUri) {
    info(session, "<cmd id=\"cmd:part\" seqid=\"1\"><data><chanib uri=\"" + roomUri
        + "\"/></data></cmd>");
    return last(session);
  }

  int post(SessionId session, String author, String roomUri, String text) {
    return info(session, "<grpchat id=\"grpchat\" seqid=\"1\" chanUri=\"" + roomUri
        + "\" author=\"" + uri(author) + "\" ts=\"2013-08-03T12:00:00Z\"><chat>" + text
        + "</chat></grpchat>");
  }

  Received backchat(SessionId session, String roomUri, Integer count) {
    String bcq = count == null ? "" : "<bcq><last cnt=\"" + count + "\"/></bcq>";
    info(session, "<cmd id=\"cmd:bccontext\" seqid=\"1\"><data><chanib uri=\"" + roomUri
        + "\"/>" + bcq + "</data></cmd>");
    return last(session);
  }

  Received search(SessionId session, String criteria) {
    info(session, "<cmd id=\"cmd:chansrch\" seqid=\"1\"><data><qib qtype=\"BYNAME\" criteria=\""
        + criteria + "\" extended=\"false\"/></data></cmd>");
    return last(session);
  }

  private static NodeId nodeOf(jakarta.persistence.EntityManager em, String roomUri) {
    UUID guid = UUID.fromString(roomUri.substring(roomUri.lastIndexOf('/') + 1));
    return em.createQuery("SELECT n FROM Node n WHERE n.guid = :g", Node.class)
        .setParameter("g", guid).getSingleResult().id();
  }

  @Override
  public void close() {
    emf.close();
  }
}
