package org.persistentchat.sip.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Key and trust stores made at test time with the JDK's keytool, so no private key is ever
 * committed. Every store is PKCS12 with the password {@link #PASSWORD}.
 */
public final class TestCertificates {

  public static final String PASSWORD = "changeit";

  private final Path dir;

  public TestCertificates(Path dir) {
    this.dir = dir;
  }

  /** Creates {@code <name>.p12} holding a self-signed EC key pair for the host name. */
  public Path keyStore(String name, String hostName) throws IOException, InterruptedException {
    Path store = dir.resolve(name + ".p12");
    keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=" + hostName, "-ext", "SAN=dns:" + hostName + ",ip:127.0.0.1",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", PASSWORD, "-keypass", PASSWORD);
    return store;
  }

  /** Creates {@code <name>.p12} trusting the certificates of the given key stores. */
  public Path trustStore(String name, Path... keyStores) throws IOException, InterruptedException {
    Path store = dir.resolve(name + ".p12");
    for (Path keyStore : keyStores) {
      String alias = keyStore.getFileName().toString().replace(".p12", "");
      Path cert = dir.resolve(alias + ".cer");
      keytool("-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
          "-file", cert.toString());
      keytool("-importcert", "-noprompt", "-alias", alias, "-file", cert.toString(),
          "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD);
    }
    return store;
  }

  /** JAIN-SIP RI stack properties for a TLS peer using these stores. */
  public static Properties stackProperties(Path keyStore, Path trustStore) {
    Properties p = new Properties();
    p.setProperty("javax.net.ssl.keyStore", keyStore.toString());
    p.setProperty("javax.net.ssl.keyStorePassword", PASSWORD);
    p.setProperty("javax.net.ssl.trustStore", trustStore.toString());
    p.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
    p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3,TLSv1.2");
    try {
      p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",",
          javax.net.ssl.SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("no default TLS context", e);
    }
    return p;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }
}
