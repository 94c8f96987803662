package org.persistentchat.compliance.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Finds the adapter named by AdapterType: the built-in XML adapter, or any {@link ComplianceAdapter}
 * that a class loader offers through {@link ServiceLoader}. The class loader is the EAR's for
 * adapters packaged with the application, or a WildFly module's for adapters installed beside it.
 */
public final class ComplianceAdapters {

  private final List<Supplier<ComplianceAdapter>> builtIns;
  private final ClassLoader classLoader;

  public ComplianceAdapters(List<Supplier<ComplianceAdapter>> builtIns, ClassLoader classLoader) {
    this.builtIns = List.copyOf(builtIns);
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /**
   * A fresh adapter for {@code config.adapterType()}, already configured.
   *
   * @throws UnknownAdapterTypeException when no adapter answers to the name
   * @throws ComplianceConfigurationException when the adapter rejects the configuration
   */
  public ComplianceAdapter load(AdapterConfiguration config)
      throws ComplianceConfigurationException {
    String wanted = config.adapterType().trim();
    TreeSet<String> known = new TreeSet<>();
    for (ComplianceAdapter candidate : candidates()) {
      if (answersTo(candidate, wanted)) {
        candidate.setConfig(config);
        return candidate;
      }
      known.addAll(candidate.typeNames());
      known.add(candidate.getClass().getName());
    }
    throw new UnknownAdapterTypeException(wanted, known);
  }

  private List<ComplianceAdapter> candidates() throws ComplianceConfigurationException {
    List<ComplianceAdapter> all = new ArrayList<>();
    builtIns.forEach(b -> all.add(b.get()));
    try {
      ServiceLoader.load(ComplianceAdapter.class, classLoader).forEach(all::add);
    } catch (ServiceConfigurationError e) {
      // A broken provider entry is a configuration fault of the installation, not of one event.
      throw new ComplianceConfigurationException(
          "a compliance adapter registered with ServiceLoader cannot be loaded: " + e.getMessage(),
          e);
    }
    return all;
  }

  private static boolean answersTo(ComplianceAdapter adapter, String wanted) {
    return adapter.getClass().getName().equals(wanted)
        || adapter.typeNames().stream().anyMatch(n -> n.equalsIgnoreCase(wanted));
  }
}
