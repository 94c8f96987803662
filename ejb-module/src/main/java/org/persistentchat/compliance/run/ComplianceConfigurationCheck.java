package org.persistentchat.compliance.run;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.ComplianceAdapter;
import org.persistentchat.compliance.adapter.ComplianceAdapters;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;
import org.persistentchat.compliance.xml.XmlComplianceAdapter;
import org.persistentchat.settings.model.ScopedValues;

/**
 * The scheduler's own check of a configuration, offered to the administration API so that a
 * compliance object that cannot work is refused when it is stored rather than found at the next
 * run. A bean rather than a call on the scheduler: the scheduler's lock is held for a whole run,
 * and an administrator's request should not queue behind it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceConfigurationCheck {

  /**
   * Reads the object as this server would if it governed the pool (server properties filling what
   * it leaves unset), then loads and configures its adapter, which finds an unknown type, an
   * unwritable output directory or a broken stylesheet. Changes nothing.
   *
   * @throws ComplianceConfigurationException naming the setting at fault where there is one
   */
  public void check(ScopedValues candidate) throws ComplianceConfigurationException {
    load(ComplianceSettings.read(System::getProperty, Optional.of(candidate), defaultOutput()));
  }

  /** Where the adapter writes when no output directory is set: the server's data directory. */
  static Path defaultOutput() {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "compliance");
  }

  /** The configured adapter; the class loader is the application's, for adapters it packages. */
  static ComplianceAdapter load(AdapterConfiguration configuration)
      throws ComplianceConfigurationException {
    return new ComplianceAdapters(List.of(XmlComplianceAdapter::new),
        Thread.currentThread().getContextClassLoader()).load(configuration);
  }
}
