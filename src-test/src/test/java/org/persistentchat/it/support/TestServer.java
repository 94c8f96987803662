package org.persistentchat.it.support;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The server under test, as the build set it up (ports and paths come from failsafe). */
public final class TestServer {

  private TestServer() {}

  /** The EAR exactly as built; its name (pchat.ear) is part of the adapter binding. */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(required("pchat.it.ear")));
  }

  public static URI http(String path) {
    return URI.create("http://127.0.0.1:" + port("pchat.it.port.http") + path);
  }

  public static int sipPort() {
    return port("pchat.it.port.sip");
  }

  public static Path sippScenario(String file) {
    return Path.of(required("pchat.it.sipp.scenarios"), file);
  }

  /** A scratch directory for this run's logs and traces. */
  public static Path workDir() {
    return Path.of(required("pchat.it.work"));
  }

  private static int port(String property) {
    return Integer.parseInt(required(property));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set; run through Maven (failsafe)");
    }
    return value;
  }
}
