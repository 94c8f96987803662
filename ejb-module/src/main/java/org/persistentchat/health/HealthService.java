package org.persistentchat.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.persistentchat.compliance.model.ComplianceState;
import org.persistentchat.compliance.outbox.store.OutboxStore;
import org.persistentchat.pool.ServerRegistry;
import org.persistentchat.sip.ListeningAddress;
import org.persistentchat.sip.SipConnectionFactory;

/**
 * Checks each component by using it for real: reading this node's row from mgc and the compliance
 * state from mgccomp (through EclipseLink), browsing the compliance queue and counting the mgc
 * outbox in front of it, and asking the SIP adapter for its listening points. A failing check is
 * reported as DOWN with its cause.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

  /** JNDI name of the compliance queue created by the server configuration (configure.cli). */
  public static final String COMPLIANCE_QUEUE = "java:/jms/pchat/ComplianceQueue";

  @EJB
  private ServerRegistry registry;

  @PersistenceContext(unitName = "mgccomp")
  private EntityManager mgccomp;

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  @Inject
  private JMSContext jms;

  @Resource(lookup = COMPLIANCE_QUEUE)
  private Queue complianceQueue;

  @Resource(lookup = SipConnectionFactory.JNDI_NAME)
  private SipConnectionFactory sip;

  public HealthReport check() {
    List<ComponentHealth> results = new ArrayList<>();
    results.add(mgc());
    results.add(mgccomp());
    results.add(complianceQueue());
    results.add(sip());
    return new HealthReport(results);
  }

  private ComponentHealth mgc() {
    try {
      return registry.thisNode()
          .map(s -> ComponentHealth.up("mgc", "chat server " + s.serverId() + " (" + s.serverAddress() + ")"))
          .orElseGet(() -> new ComponentHealth("mgc", false, "this node is not registered in tblServerIdentity"));
    } catch (RuntimeException e) {
      return ComponentHealth.down("mgc", e);
    }
  }

  private ComponentHealth mgccomp() {
    try {
      ComplianceState state = mgccomp.find(ComplianceState.class, ComplianceState.SINGLETON_ID);
      if (state == null) {
        return new ComponentHealth("mgccomp", false, "tblComplianceState has no row");
      }
      return ComponentHealth.up("mgccomp", "last processed compliance event " + state.lastProcessedEntryId());
    } catch (RuntimeException e) {
      return ComponentHealth.down("mgccomp", e);
    }
  }

  private ComponentHealth complianceQueue() {
    try (QueueBrowser browser = jms.createBrowser(complianceQueue)) {
      int depth = Collections.list(browser.getEnumeration()).size();
      // Events wait in the mgc outbox before the queue (ADR 17): a backlog shows there first.
      long outbox = new OutboxStore(mgc).size();
      return ComponentHealth.up("jms", complianceQueue.getQueueName() + " holds " + depth
          + " messages; " + outbox + " compliance events wait in the mgc outbox");
    } catch (Exception e) {
      return ComponentHealth.down("jms", e);
    }
  }

  private ComponentHealth sip() {
    try {
      List<ListeningAddress> addresses = sip.listeningAddresses();
      if (addresses.isEmpty()) {
        return new ComponentHealth("sip", false, "no listening points open");
      }
      return ComponentHealth.up("sip", addresses.toString());
    } catch (RuntimeException e) {
      return ComponentHealth.down("sip", e);
    }
  }
}
