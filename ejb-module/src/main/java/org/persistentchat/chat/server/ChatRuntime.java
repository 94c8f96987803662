package org.persistentchat.chat.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.persistentchat.chat.ChatLogger;
import org.persistentchat.chat.ChatService;
import org.persistentchat.chat.ChatSettings;
import org.persistentchat.chat.ChatPolicyLookup;
import org.persistentchat.chat.sip.DialogSessions;
import org.persistentchat.chat.sip.SipSessionSender;
import org.persistentchat.compliance.ComplianceCollection;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.room.UnitOfWork;
import org.persistentchat.session.InMemorySessionRegistry;
import org.persistentchat.settings.model.PersistentChatConfiguration;
import org.persistentchat.session.SessionId;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.SipConnection;
import org.persistentchat.sip.SipConnectionFactory;
import org.persistentchat.xccos.XccosParser;

/**
 * The one chat service of this server, built once the schema is ready. Who is connected where
 * lives in its {@link SessionRegistry}: today in memory on this node; a pool of servers replaces
 * that one object with a shared implementation (docs/adr/0006).
 */
@Singleton
@Startup
// Stopped before the beans its orderly stop still needs (parting writes mgc and records PARTs).
@DependsOn({"SchemaStartup", "MgcUnitOfWork", "OutboxComplianceRecorder"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatRuntime {

  /** How often idle sessions are looked for. */
  static final String SWEEP_SECONDS = "2";

  /**
   * How long a stop waits for running requests. A post holds its room for one database write, so
   * seconds are plenty; WildFly's own undeploy and suspend timeouts are longer.
   */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  @EJB
  private UnitOfWork unitOfWork;

  @Inject
  private ComplianceRecorder compliance;

  @EJB
  private ChatPolicyLookup policy;

  @EJB
  private StoredChatConfiguration configuration;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  @Resource
  private ManagedExecutorService executor;

  private ChatService service;
  private ChatSettings settings;
  private SessionRegistry registry;

  @PostConstruct
  void start() {
    ChatSettings fromProperties = ChatServerSettings.fromSystemProperties();
    // The pool's stored configuration (PUT /api/configuration) replaces Lync's defaults. It is
    // read here, once: a change takes effect when the server next starts.
    PersistentChatConfiguration stored = configuration.effective(fromProperties.domain());
    settings = fromProperties.withParticipantUpdateLimit(stored.participantUpdateLimit())
        .withDefaultChatHistory(stored.defaultChatHistory());
    registry = new InMemorySessionRegistry();
    service = new ChatService(settings, registry, new SipSessionSender(sip), unitOfWork,
        ComplianceCollection.recorder(System::getProperty, compliance), policy,
        new XccosParser(),
        executor, Clock.systemUTC());
  }

  /**
   * Undeploy or server stop: the service refuses new work, lets running requests finish and parts
   * every session (ChatService#stop), then the dialogs are ended with BYE while the SIP adapter is
   * still there. If it has already gone, the clients find out on their next request (481) or
   * when their session refresh fails.
   */
  @PreDestroy
  void stop() {
    ChatService.Stopped stopped = service.stop(STOP_GRACE);
    List<SessionId> dialogs = stopped.dialogs();
    int sessions = stopped.closed().size();
    if (dialogs.isEmpty()) {
      ChatLogger.LOG.stopped(stopped.unfinished(), sessions, 0);
      return;
    }
    try (SipConnection connection = sip.getConnection()) {
      for (SessionId session : dialogs) {
        connection.send(DialogSessions.dialogOf(session), OutboundRequest.method("BYE").build());
      }
    } catch (RuntimeException adapterGone) {
      ChatLogger.LOG.stoppedWithoutBye(stopped.unfinished(), sessions, dialogs.size(),
          adapterGone);
      return;
    }
    ChatLogger.LOG.stopped(stopped.unfinished(), sessions, dialogs.size());
  }

  public ChatService service() {
    return service;
  }

  public ChatSettings settings() {
    return settings;
  }

  /** Who is connected and joined where, for read-only views such as the dashboard. */
  public SessionRegistry sessions() {
    return registry;
  }

  /**
   * Ends sessions that have been silent too long, and tells their clients with BYE. Sweeps every
   * few seconds (a scan of this node's sessions, in memory) so that a short timeout is honoured
   * to within the sweep period, and reads the timeout anew each time.
   */
  @Schedule(second = "*/" + SWEEP_SECONDS, minute = "*", hour = "*", persistent = false)
  void expireIdleSessions() {
    List<SessionId> expired = service.expireIdleSessions(ChatServerSettings.idleTimeout());
    if (expired.isEmpty()) {
      return;
    }
    try (SipConnection connection = sip.getConnection()) {
      for (SessionId session : expired) {
        connection.send(DialogSessions.dialogOf(session), OutboundRequest.method("BYE").build());
      }
    }
  }
}
