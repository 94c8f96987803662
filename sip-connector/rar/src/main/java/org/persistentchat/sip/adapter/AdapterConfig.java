package org.persistentchat.sip.adapter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.persistentchat.sip.Transport;

/**
 * The adapter's validated configuration. Built from the resource adapter's JavaBean properties by
 * {@link #validate}, which reports every bad property at once so that an operator fixes the
 * configuration in one round.
 */
public record AdapterConfig(
    String bindAddress,
    String advertisedHost,
    int port,
    int tlsPort,
    Set<Transport> transports,
    String keyStore,
    String keyStorePassword,
    String trustStore,
    String trustStorePassword,
    List<String> tlsProtocols,
    int maxMessageSize,
    int maxConcurrentRequests,
    int retryAfterSeconds,
    int sessionExpires,
    int minSessionExpires,
    String tlsClientAuth,
    PeerTrust trust,
    int maxRequestsPerSecondPerPeer,
    int stopDrainSeconds,
    int udpThreads,
    int udpQueueCapacity) {

  static final int MIN_MESSAGE_SIZE = 1024;

  /** The values the JAIN-SIP RI accepts for {@code gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE}. */
  static final List<String> CLIENT_AUTH_TYPES = List.of("Enabled", "Want", "Disabled", "DisabledAll");

  /** The raw property values as the container set them; any may be null. */
  public record Properties(
      String bindAddress,
      String advertisedHost,
      Integer port,
      Integer tlsPort,
      String transports,
      String keyStore,
      String keyStorePassword,
      String trustStore,
      String trustStorePassword,
      String tlsProtocols,
      Integer maxMessageSize,
      Integer maxConcurrentRequests,
      Integer retryAfterSeconds,
      Integer sessionExpires,
      Integer minSessionExpires,
      String tlsClientAuth,
      String trustedPeers,
      String trustedAddresses,
      Integer maxRequestsPerSecondPerPeer,
      Integer stopDrainSeconds,
      Integer udpThreads,
      Integer udpQueueCapacity) {}

  public static AdapterConfig validate(Properties p) throws InvalidConfigurationException {
    List<String> problems = new ArrayList<>();

    String bind = blankToNull(p.bindAddress());
    if (bind == null) {
      problems.add("BindAddress is not set");
    } else {
      try {
        InetAddress.getByName(bind);
      } catch (UnknownHostException e) {
        problems.add("BindAddress '" + bind + "' does not resolve");
      }
    }

    // Contact and Via must name an address peers can reach: a wildcard bind is not one.
    String advertised = blankToNull(p.advertisedHost());
    if (advertised == null && bind != null && isWildcard(bind)) {
      problems.add("AdvertisedHost must be set when BindAddress is the wildcard " + bind);
    } else if (advertised != null && !advertised.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]")) {
      problems.add("AdvertisedHost '" + advertised + "' is not a host name or IP address");
    }

    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    String transportList = blankToNull(p.transports());
    if (transportList == null) {
      problems.add("Transports is not set (e.g. udp,tcp,tls)");
    } else {
      for (String t : transportList.split(",")) {
        try {
          transports.add(Transport.of(t));
        } catch (IllegalArgumentException e) {
          problems.add("Transports names an unknown transport '" + t.trim() + "'");
        }
      }
    }

    int port = port("Port", p.port(), problems);
    int tlsPort = port("TlsPort", p.tlsPort(), problems);
    if (transports.contains(Transport.TLS)
        && (transports.contains(Transport.TCP) || transports.contains(Transport.UDP))
        && port == tlsPort
        && port > 0) {
      problems.add("TlsPort must differ from Port (both " + port + ")");
    }

    String keyStore = blankToNull(p.keyStore());
    List<String> protocols = new ArrayList<>();
    if (transports.contains(Transport.TLS)) {
      if (keyStore == null) {
        problems.add("Transports includes tls but KeyStore is not set");
      } else if (!Files.isReadable(Path.of(keyStore))) {
        problems.add("KeyStore '" + keyStore + "' is not a readable file");
      }
      String trustStore = blankToNull(p.trustStore());
      if (trustStore != null && !Files.isReadable(Path.of(trustStore))) {
        problems.add("TrustStore '" + trustStore + "' is not a readable file");
      }
      String list = blankToNull(p.tlsProtocols());
      for (String proto : (list == null ? "TLSv1.3,TLSv1.2" : list).split(",")) {
        String trimmed = proto.trim();
        if (!trimmed.equals("TLSv1.2") && !trimmed.equals("TLSv1.3")) {
          problems.add("TlsProtocols allows only TLSv1.2 and TLSv1.3, not '" + trimmed + "'");
        } else {
          protocols.add(trimmed);
        }
      }
    }

    int maxMessageSize = atLeast("MaxMessageSize", p.maxMessageSize(), MIN_MESSAGE_SIZE, problems);
    int maxConcurrent = atLeast("MaxConcurrentRequests", p.maxConcurrentRequests(), 1, problems);
    int retryAfter = atLeast("RetryAfterSeconds", p.retryAfterSeconds(), 1, problems);

    // RFC 4028 asks for at least 90 s; shorter values are allowed so tests need not wait.
    int minSe = atLeast("MinSessionExpires", p.minSessionExpires(), 1, problems);
    int sessionExpires = atLeast("SessionExpires", p.sessionExpires(), 1, problems);
    if (minSe > 0 && sessionExpires > 0 && sessionExpires < minSe) {
      problems.add("SessionExpires " + sessionExpires + " is below MinSessionExpires " + minSe);
    }

    String clientAuth = blankToNull(p.tlsClientAuth());
    String canonicalAuth = null;
    if (clientAuth == null) {
      problems.add("TlsClientAuth is not set (one of " + String.join(", ", CLIENT_AUTH_TYPES) + ")");
    } else {
      canonicalAuth = CLIENT_AUTH_TYPES.stream().filter(a -> a.equalsIgnoreCase(clientAuth))
          .findFirst().orElse(null);
      if (canonicalAuth == null) {
        problems.add("TlsClientAuth '" + clientAuth + "' is not one of "
            + String.join(", ", CLIENT_AUTH_TYPES));
      }
    }
    PeerTrust trust = PeerTrust.parse(p.trustedPeers(), p.trustedAddresses(), problems);
    if (!trust.peerPatterns().isEmpty() && !transports.contains(Transport.TLS)) {
      problems.add("TrustedPeers is set but Transports does not include tls");
    }
    boolean asksForCertificates = "Enabled".equals(canonicalAuth) || "Want".equals(canonicalAuth);
    if (!trust.peerPatterns().isEmpty() && canonicalAuth != null && !asksForCertificates) {
      problems.add("TrustedPeers is set but TlsClientAuth " + canonicalAuth + " never asks for a client certificate");
    }
    if (transports.contains(Transport.TLS) && "Enabled".equals(canonicalAuth) && blankToNull(p.trustStore()) == null) {
      // The RI would fall back to the key store as trust store: only our own certificate.
      problems.add("TlsClientAuth Enabled requires a TrustStore holding the trusted peers' certificates");
    }

    int perPeer = atLeast("MaxRequestsPerSecondPerPeer", p.maxRequestsPerSecondPerPeer(), 1, problems);
    int drain = atLeast("StopDrainSeconds", p.stopDrainSeconds(), 0, problems);
    int udpThreads = atLeast("UdpThreads", p.udpThreads(), 1, problems);
    int udpQueue = atLeast("UdpQueueCapacity", p.udpQueueCapacity(), 1, problems);

    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return new AdapterConfig(
        bind, advertised == null ? bind : advertised, port, tlsPort, Set.copyOf(transports), keyStore, p.keyStorePassword(),
        blankToNull(p.trustStore()), p.trustStorePassword(), List.copyOf(protocols),
        maxMessageSize, maxConcurrent, retryAfter, sessionExpires, minSe, canonicalAuth, trust,
        perPeer, drain, udpThreads, udpQueue);
  }

  private static int port(String name, Integer value, List<String> problems) {
    if (value == null) {
      problems.add(name + " is not set");
      return -1;
    }
    if (value < 1 || value > 65535) {
      problems.add(name + " " + value + " is not a port (1-65535)");
      return -1;
    }
    return value;
  }

  private static int atLeast(String name, Integer value, int min, List<String> problems) {
    if (value == null) {
      problems.add(name + " is not set");
      return -1;
    }
    if (value < min) {
      problems.add(name + " " + value + " is below the minimum " + min);
      return -1;
    }
    return value;
  }

  private static boolean isWildcard(String address) {
    try {
      return InetAddress.getByName(address).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false; // reported as not resolving
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Lower-case transport names, for log lines. */
  public String describeTransports() {
    return transports.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList()
        .toString();
  }
}
