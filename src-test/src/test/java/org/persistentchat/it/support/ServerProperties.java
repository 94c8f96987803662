package org.persistentchat.it.support;

import java.io.IOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Sets and removes system properties of the running test server through its management API, as an
 * operator does with {@code /system-property=...:add}; the server reads them without a restart.
 */
public final class ServerProperties {

  private ServerProperties() {}

  public static void set(String name, String value) throws IOException {
    remove(name);
    ModelNode op = operation("add", name);
    op.get("value").set(value);
    execute(op, true);
  }

  public static void remove(String name) throws IOException {
    execute(operation("remove", name), false);
  }

  private static ModelNode operation(String operation, String name) {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    op.get("address").add("system-property", name);
    return op;
  }

  private static void execute(ModelNode op, boolean mustSucceed) throws IOException {
    try (ModelControllerClient client = ModelControllerClient.Factory.create(
        InetAddress.getByName("127.0.0.1"),
        Integer.parseInt(System.getProperty("pchat.it.port.management")))) {
      ModelNode result = client.execute(op);
      if (mustSucceed && !"success".equals(result.get("outcome").asString())) {
        throw new IllegalStateException("management operation failed: " + result);
      }
    }
  }
}
