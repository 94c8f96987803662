package org.persistentchat.it.support;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * A system property set on the running server through its management API for one test, and
 * removed again on close, so that a setting meant for one test (a short idle timeout) never
 * leaks into the others that share the server.
 */
public final class ServerProperty implements AutoCloseable {

  private final ManagementClient management;
  private final ModelNode address;

  private ServerProperty(ManagementClient management, ModelNode address) {
    this.management = management;
    this.address = address;
  }

  public static ServerProperty set(ManagementClient management, String name, String value)
      throws IOException {
    ModelNode address = Operations.createAddress("system-property", name);
    ModelNode add = Operations.createAddOperation(address);
    add.get("value").set(value);
    execute(management, add);
    return new ServerProperty(management, address);
  }

  @Override
  public void close() throws IOException {
    execute(management, Operations.createRemoveOperation(address));
  }

  private static void execute(ManagementClient management, ModelNode operation) throws IOException {
    ModelNode outcome = management.getControllerClient().execute(operation);
    if (!Operations.isSuccessfulOutcome(outcome)) {
      throw new IllegalStateException("management operation failed: " + operation + " -> "
          + Operations.getFailureDescription(outcome));
    }
  }
}
