package org.persistentchat.compliance.run;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.ComplianceNode;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.AdapterException;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;

/**
 * Starts the adapter run every RunInterval on every node; the lock in tblComplianceState lets one
 * of them work at a time. The timer is programmatic and not persistent: each node owns its own,
 * and a missed tick is simply caught up by the next one.
 *
 * <p>The configuration is read again before every run, so an operator fixes or changes it without
 * a restart; a changed RunInterval reschedules the timer. It is the compliance object stored for
 * this pool (pool, else site, else global; see {@link ComplianceSettings}), with the
 * {@code pchat.compliance.*} server properties filling the settings it leaves unset. A bad configuration (unknown adapter type, unwritable directory, broken stylesheet,
 * interval out of range) is reported at start-up and at every tick, and the run does nothing:
 * chat goes on, and events keep accumulating in mgccomp, none deleted, until it is fixed.
 *
 * <p>Container-managed WRITE lock: a timer tick and an administrator's {@link #runNow} never
 * overlap on one node.
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

  @EJB
  private StoredComplianceConfiguration stored;

  private AdapterConfiguration config;
  private ComplianceAdapter adapter;
  private Timer timer;
  private Duration scheduledInterval;
  private volatile Optional<String> configurationProblem = Optional.empty();

  @PostConstruct
  void start() {
    reconfigure();
    schedule(config == null ? AdapterConfiguration.DEFAULT_RUN_INTERVAL : config.runInterval());
    if (config != null) {
      ComplianceLogger.LOG.scheduled(config.adapterType(), config.runInterval().toString(),
          node.serverId());
    }
  }

  @Timeout
  void tick() {
    try {
      runOnce();
    } catch (ComplianceConfigurationException e) {
      // Already reported (PCHAT04010); nothing was read or deleted.
      return;
    } catch (AdapterException e) {
      // Already reported with its cause by the run (PCHAT04013); the events wait for the next
      // tick, and a timer callback that throws would only be retried at once.
      return;
    } catch (LockLostException e) {
      ComplianceLogger.LOG.lockLost(e.getMessage());
    }
  }

  /**
   * Runs now, as the timer would, for an administrator (and the integration tests); the answer
   * says what was handed over, or why nothing was.
   */
  public RunResult runNow()
      throws ComplianceConfigurationException, AdapterException, LockLostException {
    ComplianceLogger.LOG.runRequested(node.serverId());
    return runOnce();
  }

  private RunResult runOnce()
      throws ComplianceConfigurationException, AdapterException, LockLostException {
    if (!reconfigure()) {
      throw new ComplianceConfigurationException(configurationProblem.orElseThrow());
    }
    return new ComplianceRun(steps, adapter,
        new ConversationAssembler(directory(), new ConversationGrouper(config.runInterval())),
        Clock.systemUTC(), node.serverId(), LEASE, BATCH_LIMIT).runOnce();
  }

  /** Reads the settings again; false (and reported) when they are unusable. */
  private boolean reconfigure() {
    AdapterConfiguration read;
    ComplianceAdapter loaded;
    try {
      read = ComplianceSettings.read(System::getProperty, stored.governing(
          System.getProperty(ComplianceSettings.SITE),
          System.getProperty(ComplianceSettings.POOL, ComplianceSettings.DEFAULT_POOL)),
          ComplianceConfigurationCheck.defaultOutput());
      loaded = ComplianceConfigurationCheck.load(read);
    } catch (ComplianceConfigurationException e) {
      configurationProblem = Optional.of(e.getMessage());
      ComplianceLogger.LOG.configurationRejected(e.getMessage());
      return false;
    }
    if (config != null && !read.equals(config)) {
      ComplianceLogger.LOG.reconfigured(read.adapterType(), read.outputDirectory().toString(),
          read.runInterval().toString());
    }
    configurationProblem = Optional.empty();
    config = read;
    adapter = loaded;
    if (timer != null && !read.runInterval().equals(scheduledInterval)) {
      schedule(read.runInterval());
    }
    return true;
  }

  private void schedule(Duration interval) {
    if (timer != null) {
      timer.cancel();
    }
    long millis = interval.toMillis();
    timer = timers.createIntervalTimer(millis, millis, new TimerConfig("pchat-compliance", false));
    scheduledInterval = interval;
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
