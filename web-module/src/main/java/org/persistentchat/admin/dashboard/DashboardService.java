package org.persistentchat.admin.dashboard;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import org.persistentchat.chat.server.ChatRuntime;
import org.persistentchat.health.HealthService;
import org.persistentchat.session.SessionRegistry;
import org.persistentchat.time.Ticks;

/**
 * Reads the live figures: sessions from the chat service's registry, the message rate from
 * mgc, the queue depth by browsing the compliance queue. Reads only, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardService {

  static final Duration WINDOW = Duration.ofMinutes(1);

  /**
   * Browsing walks the queue; past this many messages the figure says "at least" and the walk
   * stops, so a backed-up queue cannot make the dashboard slow.
   */
  static final int MAX_BROWSED = 100_000;

  @EJB
  private ChatRuntime chat;

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  @Inject
  private JMSContext jms;

  @Resource(lookup = HealthService.COMPLIANCE_QUEUE)
  private Queue complianceQueue;

  public Dashboard read() throws JMSException {
    SessionRegistry.Occupancy occupancy = chat.sessions().occupancy();
    long lastMinute = messagesSince(Instant.now().minus(WINDOW));
    return new Dashboard(occupancy.sessions(), occupancy.joined(), lastMinute,
        lastMinute / (double) WINDOW.toSeconds(), queueDepth());
  }

  private long messagesSince(Instant since) {
    return ((Number) mgc.createNativeQuery("SELECT COUNT(*) FROM tblChat WHERE chatDate >= ?")
        .setParameter(1, Ticks.of(since).value())
        .getSingleResult()).longValue();
  }

  private int queueDepth() throws JMSException {
    try (QueueBrowser browser = jms.createBrowser(complianceQueue)) {
      Enumeration<?> messages = browser.getEnumeration();
      int depth = 0;
      while (messages.hasMoreElements() && depth < MAX_BROWSED) {
        messages.nextElement();
        depth++;
      }
      return depth;
    }
  }
}
