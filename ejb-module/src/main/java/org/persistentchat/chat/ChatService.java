package org.persistentchat.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.message.Backchat;
import org.persistentchat.message.Posting;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.room.ChannelAddress;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.RefusedException;
import org.persistentchat.room.RoomAccess;
import org.persistentchat.room.RoomDirectory;
import org.persistentchat.room.RoomLocks;
import org.persistentchat.room.RoomMembership;
import org.persistentchat.room.RoomSearch;
import org.persistentchat.room.RosterGate;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.session.EnvelopeIds;
import org.persistentchat.session.Session;
import org.persistentchat.session.SessionDelivery;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionLogger;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.session.SessionSender;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.MalformedXccosException;
import org.persistentchat.xccos.XccosParser;
import org.persistentchat.xccos.XccosWriter;
import org.persistentchat.xccos.model.ChatMessage;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.InboundEnvelope;
import org.persistentchat.xccos.model.Reply;
import org.persistentchat.xccos.model.ResponseCode;

/**
 * The chat service as the SIP layer sees it: open a session when the INVITE is accepted, hand
 * it every INFO body, close it on BYE, and expire idle sessions. Protocol-independent below the
 * XCCOS body; all wiring of the core happens in the constructor (the server's bean calls it once).
 */
public class ChatService {

  /** SIP status for an INFO on a dialog the service does not know: "reconnect" to SIPE. */
  public static final int CALL_DOES_NOT_EXIST = 481;
  public static final int OK = 200;
  public static final int BAD_REQUEST = 400;
  public static final int SERVER_ERROR = 500;
  /** SIP status for requests that arrive while the service is stopping: try again later. */
  public static final int SERVICE_UNAVAILABLE = 503;

  private final SessionRegistry registry;
  private final SessionDelivery delivery;
  private final UnitOfWork work;
  private final UserResolver users;
  private final RoomMembership membership;
  private final Posting posting;
  private final ChatCommandHandler commands;
  private final ChatCore core;
  private final XccosParser parser;
  private final Duration idleTimeout;
  private final Clock clock;
  private final InFlightRequests inFlight = new InFlightRequests();

  /**
   * @param lossExecutor where dropped sessions are parted (a managed executor in the server)
   */
  public ChatService(ChatSettings settings, SessionRegistry registry, SessionSender sender,
      UnitOfWork work, ComplianceRecorder compliance, ChatPolicyLookup policy,
      XccosParser parser, Executor lossExecutor, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.work = Objects.requireNonNull(work, "work");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idleTimeout = settings.idleTimeout();
    this.delivery = new SessionDelivery(sender, new XccosWriter(), new EnvelopeIds(),
        settings.outboundQueueCapacity(), lossExecutor, this::sessionLost);
    this.users = new UserResolver(policy, settings.provisionOnFirstContact(), clock);
    RoomDirectory directory = new RoomDirectory(new ChannelAddress(settings.domain()));
    RoomAccess access = new RoomAccess();
    RoomLocks locks = new RoomLocks();
    this.membership = new RoomMembership(registry, delivery, work, directory, access, locks,
        new RosterGate(settings.participantUpdateLimit()), compliance, clock);
    this.posting = new Posting(registry, delivery, work, directory, access, locks, compliance,
        settings.messageLimits(), clock);
    Backchat backchat = new Backchat(work, directory, access, compliance,
        settings.defaultChatHistory(), clock);
    RoomSearch search = new RoomSearch(directory, access, registry, settings.searchLimit());
    this.commands = new ChatCommandHandler(settings, work, directory, search, membership,
        backchat, clock);
    this.core = new ChatCore(settings, registry, delivery, work, users, directory, access,
        membership, posting, backchat, search);
  }

  /** The parts behind this service, for other front ends on the same rooms (SIP MESSAGE). */
  public ChatCore core() {
    return core;
  }

  /**
   * Opens a session for an accepted INVITE. The SIP layer passes the authenticated identity
   * (From of the INVITE as vouched for by the registrar), never a value from the XCCOS body.
   *
   * @throws ChatNotEnabledException if the user may not use Persistent Chat; Lync accepted the
   *     INVITE and sent BYE on the first command, a 403 to the INVITE is the plainer answer
   */
  public void openSession(SessionId session, SipUri user) throws RefusedException {
    if (!inFlight.enter()) {
      throw new ChatStoppingException("the chat service is stopping");
    }
    try {
      ChatUser resolved;
      try {
        resolved = signIn(user);
      } catch (RefusedException e) {
        ChatLogger.LOG.sessionRefused(session.value(), user.toString(), e.getMessage());
        throw e;
      }
      if (registry.open(session, user.toString(), resolved.principal().value(),
          clock.instant())) {
        delivery.attach(session);
      }
    } finally {
      inFlight.exit();
    }
  }

  /**
   * Signs the user in, provisioning it on first contact. Two first contacts of one user at once
   * (two endpoints signing in) are serialized by the principal store, so the second finds the
   * first's row; the one retry is for a transaction lost to a lock timeout or a deadlock victim.
   */
  public ChatUser signIn(SipUri user) throws RefusedException {
    try {
      return work.call(em -> users.signIn(em, user));
    } catch (RuntimeException firstAttempt) {
      ChatLogger.LOG.signInRetried(user.toString(), firstAttempt.toString());
      return work.call(em -> users.signIn(em, user));
    }
  }

  /** BYE (or the dialog ended otherwise): parts every room, notifying the other members. */
  public void closeSession(SessionId session) {
    delivery.detach(session);
    membership.leaveAll(session);
  }

  /**
   * Handles one INFO body. Calls {@code responder} exactly once: 481 for an unknown session,
   * 400 for a body that is not XCCOS, 200 for every command (its reply follows in its own INFO),
   * for a post 200 once it is stored or the refusal's status (403, 404, 410, 413...), and 503
   * once the service is stopping.
   */
  public void onInfo(SessionId sessionId, byte[] body, InfoResponder responder) {
    if (!inFlight.enter()) {
      responder.respond(SERVICE_UNAVAILABLE);
      return;
    }
    try {
      handleInfo(sessionId, body, once(responder));
    } finally {
      inFlight.exit();
    }
  }

  private void handleInfo(SessionId sessionId, byte[] body, InfoResponder once) {
    Optional<Session> session = registry.find(sessionId);
    if (session.isEmpty()) {
      ChatLogger.LOG.unknownSession(sessionId.value());
      once.respond(CALL_DOES_NOT_EXIST);
      return;
    }
    registry.touch(sessionId, clock.instant());
    InboundEnvelope envelope;
    try {
      envelope = parser.parse(body);
    } catch (MalformedXccosException e) {
      ChatLogger.LOG.malformed(sessionId.value(), e.reason().name(), e.getMessage());
      Optional<Reply> reply = e.errorReply();
      once.respond(reply.isPresent() ? OK : BAD_REQUEST);
      reply.ifPresent(r -> delivery.deliver(sessionId, r));
      return;
    }
    SipUri userUri = SipUri.parse(session.get().userUri());
    PrincipalId principal = new PrincipalId(session.get().principalId());
    if (envelope.payload() instanceof Command command) {
      once.respond(OK);
      Reply reply;
      try {
        reply = commands.handle(sessionId, currentUser(userUri, principal), command);
      } catch (RuntimeException e) {
        ChatLogger.LOG.commandFailed("cmd:" + command.name(), sessionId.value(), e);
        reply = Reply.failure(command, ResponseCode.ERR_SERVER);
      }
      delivery.deliver(sessionId, reply);
    } else if (envelope.payload() instanceof ChatMessage post) {
      try {
        post(sessionId, currentUser(userUri, principal), post, once);
      } catch (RuntimeException e) {
        ChatLogger.LOG.postFailed(sessionId.value(), post.channel().toString(), e);
        once.respond(SERVER_ERROR);
      }
    }
  }

  /**
   * A session refresh (UPDATE or re-INVITE) from the client: activity like any INFO, so a member
   * who only reads is not expired while its client keeps the dialog alive.
   *
   * @return whether the session is known; if not, the client should be told 481 and reconnect
   */
  public boolean keepAlive(SessionId session) {
    if (registry.find(session).isEmpty()) {
      ChatLogger.LOG.unknownSession(session.value());
      return false;
    }
    registry.touch(session, clock.instant());
    return true;
  }

  /**
   * Stops the service in order: admits no new session or INFO (they get 503), waits up to
   * {@code grace} for the requests already running (a post acknowledged to its author thus has
   * its compliance record), then closes every session, parting it from its rooms so that each
   * part is recorded and no participation stays open. The caller ends the dialogs (BYE).
   */
  public Stopped stop(Duration grace) {
    int unfinished;
    try {
      unfinished = inFlight.closeAndAwait(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unfinished = -1;
    }
    List<SessionId> closed = registry.all();
    for (SessionId session : closed) {
      closeSession(session);
    }
    return new Stopped(unfinished, closed);
  }

  /** Whether {@link #stop} has begun: nothing new is admitted any more. */
  public boolean isStopping() {
    return inFlight.isClosed();
  }

  /**
   * What {@link #stop} did.
   *
   * @param unfinished requests still running when the grace period ended (-1 if the wait was
   *     interrupted)
   * @param closed every session closed, dialogs and standing (SIP MESSAGE) sessions alike
   */
  public record Stopped(int unfinished, List<SessionId> closed) {
    public Stopped {
      closed = List.copyOf(closed);
    }

    /** The closed sessions that are SIP dialogs, which the SIP layer should end with BYE. */
    public List<SessionId> dialogs() {
      return closed.stream().filter(s -> !s.isStanding()).toList();
    }
  }

  /** Expires sessions idle for longer than the configured idle timeout. */
  public List<SessionId> expireIdleSessions() {
    return expireIdleSessions(idleTimeout);
  }

  /**
   * Expires sessions idle for longer than {@code idleFor}; returns them so the SIP layer BYEs.
   * The server passes the timeout configured at the time of the sweep.
   */
  public List<SessionId> expireIdleSessions(Duration idleFor) {
    Instant now = clock.instant();
    List<SessionId> expired = new ArrayList<>();
    for (SessionId session : registry.idleSince(now.minus(idleFor))) {
      if (session.isStanding()) {
        continue;
      }
      SessionLogger.LOG.sessionExpired(session, idleFor.toSeconds());
      closeSession(session);
      expired.add(session);
    }
    return expired;
  }

  private void post(SessionId sessionId, ChatUser user, ChatMessage post, InfoResponder once) {
    try {
      posting.post(sessionId, user, post, () -> once.respond(OK));
    } catch (RefusedException e) {
      ChatLogger.LOG.refused(sessionId.value(), "grpchat " + post.channel(),
          ResponseCodes.of(e).text(), e.getMessage());
      once.respond(ResponseCodes.sipStatusOf(e));
    } catch (RuntimeException e) {
      ChatLogger.LOG.postFailed(sessionId.value(), post.channel().toString(), e);
      once.respond(SERVER_ERROR);
    }
  }

  private ChatUser currentUser(SipUri uri, PrincipalId principal) {
    try {
      return work.call(em -> users.current(em, uri, principal));
    } catch (RefusedException e) {
      throw new IllegalStateException("loading a user's affiliations refuses nothing", e);
    }
  }

  private void sessionLost(SessionId session, String reason) {
    SessionLogger.LOG.sessionDropped(session, reason);
    if (session.isStanding()) {
      // No dialog died: the member stays in its rooms and its front end reattaches an outbox
      // when it next hears from it; what it missed is in the history.
      return;
    }
    closeSession(session);
  }

  /** Guards the SIP layer against a second response when a failure follows the 200. */
  private static InfoResponder once(InfoResponder responder) {
    AtomicBoolean answered = new AtomicBoolean();
    return status -> {
      if (answered.compareAndSet(false, true)) {
        responder.respond(status);
      }
    };
  }
}
