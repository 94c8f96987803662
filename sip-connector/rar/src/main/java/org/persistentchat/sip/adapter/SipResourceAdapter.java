package org.persistentchat.sip.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.beans.Introspector;
import java.util.List;
import java.util.Timer;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.sip.SipException;
import javax.transaction.xa.XAResource;
import org.persistentchat.sip.DialogId;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.OutboundRequest;
import org.persistentchat.sip.RequestId;
import org.persistentchat.sip.SipConnectorException;
import org.persistentchat.sip.SipOutcome;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.Transport;
import org.persistentchat.sip.adapter.inbound.RequestRouter;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.adapter.inbound.SipDialogActivationSpec;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;
import org.persistentchat.sip.adapter.outbound.SipManagedConnectionFactory;
import org.persistentchat.sip.adapter.transport.SipStackService;

/**
 * The SIP resource adapter: a JAIN-SIP stack started with the adapter, feeding message-driven
 * beans through activations and answering through outbound connections.
 *
 * <p>Configuration comes from {@code ra.xml} config properties whose values are system-property
 * expressions ({@code ${pchat.sip.port:5060}} ...), so operators set them per server.
 */
public class SipResourceAdapter implements ResourceAdapter {

  private static final SipAdapterLogger LOG = SipAdapterLogger.LOG;

  private String bindAddress = "127.0.0.1";
  private String advertisedHost;
  private Integer port = 5060;
  private Integer tlsPort = 5061;
  private String transports = "udp,tcp";
  private String keyStore;
  private String keyStorePassword;
  private String trustStore;
  private String trustStorePassword;
  private String tlsProtocols = "TLSv1.3,TLSv1.2";
  private Integer maxMessageSize = 262_144;
  private Integer maxConcurrentRequests = 256;
  private Integer retryAfterSeconds = 5;
  private Integer sessionExpires = 1800;
  private Integer minSessionExpires = 90;
  private String tlsClientAuth = "Want";
  private String trustedPeers;
  private String trustedAddresses;
  private Integer maxRequestsPerSecondPerPeer = 100;
  private Integer stopDrainSeconds = 10;
  private Integer udpThreads = 8;
  private Integer udpQueueCapacity = 4096;

  private volatile SipStackService stack;
  private volatile RequestRouter router;
  private volatile Timer timer;
  private volatile AdapterConfig running;
  private volatile ThreadGroup startedIn;

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    AdapterConfig config = AdapterConfig.validate(properties());
    RequestRouter newRouter =
        new RequestRouter(context.getWorkManager(), config.maxConcurrentRequests(), config.retryAfterSeconds());
    SipStackService newStack = new SipStackService(config, newRouter, newRouter);
    newRouter.attach(newStack);
    Timer newTimer;
    try {
      newTimer = context.createTimer();
    } catch (jakarta.resource.spi.UnavailableException e) {
      throw new ResourceAdapterInternalException("PCHAT01904: The container offers no timer: " + e.getMessage(), e);
    }
    try {
      newStack.start(newTimer);
    } catch (SipException e) {
      newTimer.cancel();
      throw new ResourceAdapterInternalException(
          "PCHAT01902: Cannot open the SIP listening points on " + config.bindAddress() + " (port "
              + config.port() + ", TLS port " + config.tlsPort() + "): " + e.getMessage(), e);
    }
    router = newRouter;
    stack = newStack;
    timer = newTimer;
    running = config;
    startedIn = Thread.currentThread().getThreadGroup();
    if (config.transports().contains(Transport.TLS)) {
      LOG.tlsConfigured(config.tlsPort(), String.join(",", config.tlsProtocols()), config.tlsClientAuth(),
          config.trust().peerPatterns().size(), config.trust().addresses().size());
    }
    LOG.started(newStack.listeningAddresses().stream().map(Object::toString)
        .collect(Collectors.joining(", ")));
  }

  AdapterConfig.Properties properties() {
    return new AdapterConfig.Properties(
        bindAddress, advertisedHost, port, tlsPort, transports, keyStore, keyStorePassword, trustStore,
        trustStorePassword, tlsProtocols, maxMessageSize, maxConcurrentRequests, retryAfterSeconds,
        sessionExpires, minSessionExpires, tlsClientAuth, trustedPeers, trustedAddresses,
        maxRequestsPerSecondPerPeer, stopDrainSeconds, udpThreads, udpQueueCapacity);
  }

  /**
   * Stops taking requests (new ones get 503), waits up to {@code StopDrainSeconds} for deliveries
   * in progress so their responses still go out, then closes every socket and stops every thread
   * the adapter started.
   */
  @Override
  public void stop() {
    RequestRouter r = router;
    AdapterConfig config = running;
    if (r != null && config != null) {
      try {
        int left = r.drain(config.stopDrainSeconds() * 1000L);
        if (left > 0) {
          LOG.drainTimedOut(left, config.stopDrainSeconds());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // stop anyway, promptly: the container wants us gone
      }
      r.deactivateAll();
    }
    SipStackService s = stack;
    Timer t = timer;
    stack = null;
    router = null;
    timer = null;
    running = null;
    if (t != null) {
      t.cancel();
    }
    if (s != null) {
      s.stop();
      LOG.stopped();
    }
    forgetBeanIntrospection(startedIn);
    startedIn = null;
  }

  /**
   * The container creates the activation specs of our message-driven beans and sets their
   * properties through JavaBean introspection, and the JDK caches what it introspected, partly
   * JVM-wide and partly per thread group, through soft references. One soft reference to one of
   * our classes keeps the whole undeployed EAR loaded (every class of every module) until the heap
   * runs short, which on a server with a mostly free heap is many minutes and many redeploys. The
   * per-group cache can only be cleared from a thread of that group; WildFly introspects on the
   * same service threads that start the adapter, and stops it from another pool, so the flush
   * also runs once on a short-lived thread of the group the adapter was started in.
   */
  private static void forgetBeanIntrospection(ThreadGroup startGroup) {
    Runnable flush = () -> {
      for (Class<?> bean : List.of(SipResourceAdapter.class, SipActivationSpec.class, SipDialogActivationSpec.class,
          SipManagedConnectionFactory.class)) {
        Introspector.flushFromCaches(bean);
      }
    };
    flush.run();
    if (startGroup == null || startGroup == Thread.currentThread().getThreadGroup()) {
      return;
    }
    Thread inStartGroup = new Thread(startGroup, flush, "pchat-sip-introspection-flush");
    inStartGroup.setDaemon(true);
    inStartGroup.start();
    try {
      inStartGroup.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the flush is housekeeping; a stop that is told to hurry need not wait
    }
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (spec instanceof SipDialogActivationSpec dialogSpec) {
      running().activate(factory, dialogSpec);
      LOG.endpointActivated(dialogSpec.toString());
      return;
    }
    if (!(spec instanceof SipActivationSpec sipSpec)) {
      throw new NotSupportedException("not a SIP activation spec: " + spec);
    }
    sipSpec.validate();
    running().activate(factory, sipSpec);
    LOG.endpointActivated(sipSpec.toString());
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    RequestRouter r = router;
    if (r != null && spec instanceof SipActivationSpec sipSpec) {
      r.deactivate(sipSpec);
      LOG.endpointDeactivated(sipSpec.toString());
    } else if (r != null && spec instanceof SipDialogActivationSpec dialogSpec) {
      r.deactivate(dialogSpec);
      LOG.endpointDeactivated(dialogSpec.toString());
    }
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0]; // SIP has no transactional resource to recover
  }

  private RequestRouter running() throws ResourceException {
    RequestRouter r = router;
    if (r == null) {
      throw new ResourceException("PCHAT01903: The SIP resource adapter is not started");
    }
    return r;
  }

  /** Used by outbound connections. */
  public void respond(RequestId id, SipResponse response) {
    runningStack().respond(id, response);
  }

  /** Used by outbound connections: a request inside a dialog. */
  public CompletionStage<SipOutcome> send(DialogId dialog, OutboundRequest request) {
    return runningStack().send(dialog, request);
  }

  /** Used by outbound connections: a request outside any dialog. */
  public CompletionStage<SipOutcome> send(OutboundRequest request) {
    return runningStack().send(request);
  }

  private SipStackService runningStack() {
    SipStackService s = stack;
    if (s == null) {
      throw new SipConnectorException("the SIP resource adapter is stopped");
    }
    return s;
  }

  /** Open dialogs; for monitoring and tests. */
  public int dialogCount() {
    SipStackService s = stack;
    return s == null ? 0 : s.dialogCount();
  }

  /** Dialogs the SIP stack itself keeps open; for monitoring and tests (see SipStackService). */
  public int stackDialogCount() {
    SipStackService s = stack;
    return s == null ? 0 : s.stackDialogCount();
  }

  public List<ListeningAddress> listeningAddresses() {
    SipStackService s = stack;
    return s == null ? List.of() : s.listeningAddresses();
  }

  // ---- JavaBean configuration properties ----

  public String getBindAddress() {
    return bindAddress;
  }

  public void setBindAddress(String bindAddress) {
    this.bindAddress = bindAddress;
  }

  public String getAdvertisedHost() {
    return advertisedHost;
  }

  public void setAdvertisedHost(String advertisedHost) {
    this.advertisedHost = advertisedHost;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public Integer getTlsPort() {
    return tlsPort;
  }

  public void setTlsPort(Integer tlsPort) {
    this.tlsPort = tlsPort;
  }

  public String getTransports() {
    return transports;
  }

  public void setTransports(String transports) {
    this.transports = transports;
  }

  public String getKeyStore() {
    return keyStore;
  }

  public void setKeyStore(String keyStore) {
    this.keyStore = keyStore;
  }

  public String getKeyStorePassword() {
    return keyStorePassword;
  }

  public void setKeyStorePassword(String keyStorePassword) {
    this.keyStorePassword = keyStorePassword;
  }

  public String getTrustStore() {
    return trustStore;
  }

  public void setTrustStore(String trustStore) {
    this.trustStore = trustStore;
  }

  public String getTrustStorePassword() {
    return trustStorePassword;
  }

  public void setTrustStorePassword(String trustStorePassword) {
    this.trustStorePassword = trustStorePassword;
  }

  public String getTlsProtocols() {
    return tlsProtocols;
  }

  public void setTlsProtocols(String tlsProtocols) {
    this.tlsProtocols = tlsProtocols;
  }

  public Integer getMaxMessageSize() {
    return maxMessageSize;
  }

  public void setMaxMessageSize(Integer maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  public Integer getMaxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  public Integer getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  public void setRetryAfterSeconds(Integer retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Integer getSessionExpires() {
    return sessionExpires;
  }

  public void setSessionExpires(Integer sessionExpires) {
    this.sessionExpires = sessionExpires;
  }

  public Integer getMinSessionExpires() {
    return minSessionExpires;
  }

  public void setMinSessionExpires(Integer minSessionExpires) {
    this.minSessionExpires = minSessionExpires;
  }

  public String getTlsClientAuth() {
    return tlsClientAuth;
  }

  public void setTlsClientAuth(String tlsClientAuth) {
    this.tlsClientAuth = tlsClientAuth;
  }

  public String getTrustedPeers() {
    return trustedPeers;
  }

  public void setTrustedPeers(String trustedPeers) {
    this.trustedPeers = trustedPeers;
  }

  public String getTrustedAddresses() {
    return trustedAddresses;
  }

  public void setTrustedAddresses(String trustedAddresses) {
    this.trustedAddresses = trustedAddresses;
  }

  public Integer getMaxRequestsPerSecondPerPeer() {
    return maxRequestsPerSecondPerPeer;
  }

  public void setMaxRequestsPerSecondPerPeer(Integer maxRequestsPerSecondPerPeer) {
    this.maxRequestsPerSecondPerPeer = maxRequestsPerSecondPerPeer;
  }

  public Integer getStopDrainSeconds() {
    return stopDrainSeconds;
  }

  public void setStopDrainSeconds(Integer stopDrainSeconds) {
    this.stopDrainSeconds = stopDrainSeconds;
  }

  public Integer getUdpThreads() {
    return udpThreads;
  }

  public void setUdpThreads(Integer udpThreads) {
    this.udpThreads = udpThreads;
  }

  public Integer getUdpQueueCapacity() {
    return udpQueueCapacity;
  }

  public void setUdpQueueCapacity(Integer udpQueueCapacity) {
    this.udpQueueCapacity = udpQueueCapacity;
  }

  // The JCA spec asks adapters to define equality; one adapter instance per deployment.
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
