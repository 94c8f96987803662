package org.persistentchat.compliance.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.ComplianceNode;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.ComplianceAdapters;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;
import org.persistentchat.compliance.xml.XmlComplianceAdapter;

/**
 * Starts the adapter run every RunInterval on every node; the lock in tblComplianceState lets one
 * of them work at a time. The timer is programmatic and not persistent: each node owns its own,
 * and a missed tick is simply caught up by the next one.
 *
 * <p>A bad configuration (unknown adapter type, unwritable directory, broken stylesheet, interval
 * out of range) is reported at start-up and no timer is created. The deployment stays up: chat
 * goes on, and events keep accumulating in mgccomp, none deleted, until the setting is fixed and
 * the application restarted.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceScheduler {

  /** Lease per batch: long enough for a slow file share, short enough to fail over promptly. */
  static final Duration LEASE = Duration.ofMinutes(30);
  static final int BATCH_LIMIT = 10_000;

  @Resource
  private TimerService timers;

  @EJB
  private RunSteps steps;

  @EJB
  private ComplianceNode node;

  @EJB
  private ComplianceDirectory mgcDirectory;

  private ComplianceAdapter adapter;
  private AdapterConfiguration config;
  private volatile Optional<String> configurationProblem = Optional.empty();

  @PostConstruct
  void start() {
    try {
      Path defaultOutput = Path.of(System.getProperty("jboss.server.data.dir", "."), "compliance");
      config = ComplianceSettings.read(System::getProperty, defaultOutput);
      adapter = new ComplianceAdapters(List.of(XmlComplianceAdapter::new),
          Thread.currentThread().getContextClassLoader()).load(config);
    } catch (ComplianceConfigurationException e) {
      // Reported, not rethrown: failing the deployment would stop chat, while without a timer
      // nothing is lost (see the class comment).
      configurationProblem = Optional.of(e.getMessage());
      ComplianceLogger.LOG.configurationRejected(e.getMessage());
      return;
    }
    long interval = config.runInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("pchat-compliance", false));
    ComplianceLogger.LOG.scheduled(config.adapterType(), config.runInterval().toString(),
        node.serverId());
  }

  @Timeout
  void tick() {
    ComplianceRun run = new ComplianceRun(steps, adapter,
        new ConversationAssembler(directory(),
            new ConversationGrouper(config.runInterval())),
        Clock.systemUTC(), node.serverId(), LEASE, BATCH_LIMIT);
    try {
      run.runOnce();
    } catch (AdapterException e) {
      // Already reported with its cause by the run (PCHAT04013); the events wait for the next
      // tick, and a timer callback that throws would only be retried at once.
      return;
    } catch (LockLostException e) {
      ComplianceLogger.LOG.lockLost(e.getMessage());
    }
  }

  /** mgc lookups only when an option needs them: they cost a query per room and user. */
  private ComplianceDirectory directory() {
    return config.addChatRoomDetails() || config.addUserDetails()
        ? mgcDirectory
        : ComplianceDirectory.NONE;
  }

  /** Why runs are off on this node, if they are; for the health page. */
  @Lock(LockType.READ)
  public Optional<String> configurationProblem() {
    return configurationProblem;
  }
}
