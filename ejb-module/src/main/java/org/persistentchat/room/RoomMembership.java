package org.persistentchat.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.persistentchat.compliance.ComplianceAction;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.session.RoomKey;
import org.persistentchat.session.Session;
import org.persistentchat.session.SessionDelivery;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.session.SessionRegistry.Change;
import org.persistentchat.sip.SipUri;
import org.persistentchat.xccos.model.ChannelInfo;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.JoinedChannel;
import org.persistentchat.xccos.model.Membership;
import org.persistentchat.xccos.model.Notice;
import org.persistentchat.xccos.model.Participant;
import org.persistentchat.xccos.model.ParticipantRole;

/**
 * Entering and leaving rooms. A user is "in" a room while at least one of its sessions is joined;
 * notices and compliance events follow the user, not the session, so a second device joining
 * does not announce the user twice.
 *
 * <p>A join is recorded for compliance before it is announced, and fails if the record fails:
 * nobody reads a room unrecorded. A part always happens (a dead session cannot stay in a room);
 * a failed compliance record of a part is logged for the operator.
 */
public class RoomMembership {

  private final SessionRegistry registry;
  private final SessionDelivery delivery;
  private final UnitOfWork work;
  private final RoomDirectory directory;
  private final RoomAccess access;
  private final RoomLocks locks;
  private final RosterGate gate;
  private final ComplianceRecorder compliance;
  private final Clock clock;

  public RoomMembership(SessionRegistry registry, SessionDelivery delivery, UnitOfWork work,
      RoomDirectory directory, RoomAccess access, RoomLocks locks, RosterGate gate,
      ComplianceRecorder compliance, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.work = Objects.requireNonNull(work, "work");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.access = Objects.requireNonNull(access, "access");
    this.locks = Objects.requireNonNull(locks, "locks");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.compliance = Objects.requireNonNull(compliance, "compliance");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Joins the session to the room; joining a room already joined answers the current state.
   *
   * @return the room and its roster for the join reply
   */
  public JoinedChannel join(SessionId session, ChatUser user, ChannelUri uri)
      throws RefusedException {
    RoomView view = work.call(em -> {
      RoomView found = directory.open(em, uri);
      access.requireJoin(user, found);
      return found;
    });
    RoomKey key = view.key();
    ParticipantRole role = access.roleOf(user, view);
    return locks.withRoom(key, () -> {
      Change change = registry.join(session, key);
      if (change == Change.USER_PRESENCE) {
        recordJoin(session, user, key);
        boolean suppressed = updateGate(key);
        if (!suppressed) {
          Notice joined = new Notice.Joined(false,
              List.of(new Membership(user.uri(), view.uri(), role)));
          delivery.deliver(sessionsOfOthers(key, user.uri().toString()), joined);
        }
      }
      return new JoinedChannel(channelInfo(view), roster(view, user, role));
    });
  }

  /**
   * Parts the session from the room named by the URI. Parting a room the session is not in
   * succeeds without effect, as long as the room exists.
   */
  public void part(SessionId sessionId, ChannelUri uri) throws RefusedException {
    Optional<Session> session = registry.find(sessionId);
    Optional<RoomKey> joined = session.flatMap(s -> s.rooms().stream()
        .filter(room -> room.channelUri().equals(uri.toString()))
        .findFirst());
    if (joined.isPresent()) {
      part(session.get(), joined.get());
      return;
    }
    // Not joined: still tell an unknown room from a harmless repeat.
    work.call(em -> directory.open(em, uri));
  }

  /** Parts every room of the session and forgets it: BYE, expiry or a dead dialog. */
  public Optional<Session> leaveAll(SessionId sessionId) {
    Optional<Session> session = registry.find(sessionId);
    session.ifPresent(s -> {
      for (RoomKey room : s.rooms()) {
        try {
          part(s, room);
        } catch (RefusedException | RuntimeException e) {
          RoomLogger.LOG.partFailed(sessionId.value(), room.channelUri(), e);
        }
      }
    });
    return registry.close(sessionId);
  }

  private void part(Session session, RoomKey key) throws RefusedException {
    locks.withRoom(key, () -> {
      Change change = registry.part(session.id(), key);
      if (change == Change.USER_PRESENCE) {
        recordPart(session, key);
        boolean suppressed = updateGate(key);
        if (!suppressed) {
          Notice parted = new Notice.Parted(ChannelUri.parse(key.channelUri()),
              List.of(SipUri.parse(session.userUri())));
          delivery.deliver(sessionsOfOthers(key, session.userUri()), parted);
        }
      }
      return null;
    });
  }

  private void recordJoin(SessionId session, ChatUser user, RoomKey key) throws RefusedException {
    try {
      work.call(em -> {
        compliance.record(ComplianceEvents.of(ComplianceAction.JOIN, clock.instant(), key, null,
            user.principal().value(), user.uri().toString(), ""));
        return null;
      });
    } catch (RefusedException | RuntimeException e) {
      registry.part(session, key);
      throw e;
    }
  }

  private void recordPart(Session session, RoomKey key) {
    try {
      work.call(em -> {
        compliance.record(ComplianceEvents.of(ComplianceAction.PART, clock.instant(), key, null,
            session.principalId(), session.userUri(), ""));
        return null;
      });
    } catch (RefusedException | RuntimeException e) {
      RoomLogger.LOG.partNotRecorded(session.userUri(), key.channelUri(), e);
    }
  }

  /** Moves the room's roster state after a change; returns whether notices are suppressed. */
  private boolean updateGate(RoomKey key) {
    boolean before = registry.rosterSuppressed(key);
    int participants = registry.usersIn(key).size();
    boolean after = gate.suppressed(before, participants);
    if (after != before) {
      registry.setRosterSuppressed(key, after);
      RoomLogger.LOG.rosterState(key.channelUri(), after ? "suppressed" : "resumed",
          participants, gate.limit());
    }
    return after;
  }

  private List<SessionId> sessionsOfOthers(RoomKey key, String userUri) {
    List<SessionId> others = new ArrayList<>();
    for (Session s : registry.sessionsIn(key)) {
      if (!s.userUri().equals(userUri)) {
        others.add(s.id());
      }
    }
    return others;
  }

  /**
   * The join reply's roster. Above the participant update limit Lync sends no initial roster;
   * the joiner then sees only itself. Roles of others come from direct manager assignments (their
   * group affiliations are not loaded for a roster).
   */
  private List<Participant> roster(RoomView view, ChatUser joiner, ParticipantRole joinerRole) {
    Map<String, Participant> byUser = new LinkedHashMap<>();
    if (!registry.rosterSuppressed(view.key())) {
      for (Session s : registry.sessionsIn(view.key())) {
        ParticipantRole role = view.rules().managers().contains(new PrincipalId(s.principalId()))
            ? ParticipantRole.MANAGER : ParticipantRole.PARTICIPANT;
        byUser.putIfAbsent(s.userUri(), new Participant(SipUri.parse(s.userUri()), role));
      }
    }
    byUser.put(joiner.uri().toString(), new Participant(joiner.uri(), joinerRole));
    return new ArrayList<>(byUser.values());
  }

  /** Lync 2013 has no topic; the description stands in, as SIPE shows the topic line. */
  private static ChannelInfo channelInfo(RoomView view) {
    ChannelInfo info = ChannelInfo.of(view.uri(), view.room().name());
    return view.room().description().map(info::withTopic).orElse(info);
  }
}
