package org.persistentchat.sip.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.stream.Collectors;
import javax.sip.SipException;
import javax.transaction.xa.XAResource;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.RequestId;
import org.persistentchat.sip.SipResponse;
import org.persistentchat.sip.adapter.inbound.RequestRouter;
import org.persistentchat.sip.adapter.inbound.SipActivationSpec;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;
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

  private volatile SipStackService stack;
  private volatile RequestRouter router;

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    AdapterConfig config = AdapterConfig.validate(properties());
    RequestRouter newRouter =
        new RequestRouter(context.getWorkManager(), config.maxConcurrentRequests(), config.retryAfterSeconds());
    SipStackService newStack = new SipStackService(config, newRouter);
    newRouter.attach(newStack);
    try {
      newStack.start();
    } catch (SipException e) {
      throw new ResourceAdapterInternalException(
          "PCHAT01902: Cannot open the SIP listening points on " + config.bindAddress() + " (port "
              + config.port() + ", TLS port " + config.tlsPort() + "): " + e.getMessage(), e);
    }
    router = newRouter;
    stack = newStack;
    LOG.started(newStack.listeningAddresses().stream().map(Object::toString)
        .collect(Collectors.joining(", ")));
  }

  AdapterConfig.Properties properties() {
    return new AdapterConfig.Properties(
        bindAddress, port, tlsPort, transports, keyStore, keyStorePassword, trustStore,
        trustStorePassword, tlsProtocols, maxMessageSize, maxConcurrentRequests, retryAfterSeconds);
  }

  @Override
  public void stop() {
    RequestRouter r = router;
    if (r != null) {
      r.deactivateAll();
    }
    SipStackService s = stack;
    stack = null;
    router = null;
    if (s != null) {
      s.stop();
      LOG.stopped();
    }
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
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
    SipStackService s = stack;
    if (s == null) {
      throw new org.persistentchat.sip.SipConnectorException("the SIP resource adapter is stopped");
    }
    s.respond(id, response);
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
