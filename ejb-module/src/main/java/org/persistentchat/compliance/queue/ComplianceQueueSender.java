package org.persistentchat.compliance.queue;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Map;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.health.HealthService;

/**
 * Puts compliance events on the compliance queue as persistent messages of up to
 * {@value #EVENTS_PER_MESSAGE} events each, all of one call in one transaction: the caller's, or
 * one of their own. The consumer records a message's events in one mgccomp transaction, so a
 * batch pays one delivery, one acknowledgement and one commit, not one per event (docs/adr/0019).
 * The injected {@link JMSContext} comes from the server's default pooled connection factory and
 * is enlisted in that transaction; when Artemis is its only resource, the transaction manager
 * commits it in one phase, without a transaction-log write (docs/adr/0017).
 *
 * <p>A singleton without locking, so that the outbox relay can name it in {@code @DependsOn} and
 * still send during its orderly stop; the injected {@link JMSContext} is the transaction's, so
 * nothing is shared between callers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ComplianceQueueSender {

  /**
   * Events per message: large enough that the per-message costs fade, small enough that a message
   * stays a few tens of kilobytes and that its ids fit a selector-friendly property.
   */
  public static final int EVENTS_PER_MESSAGE = 100;

  @Inject
  private JMSContext jms;

  @Resource(lookup = HealthService.COMPLIANCE_QUEUE)
  private Queue complianceQueue;

  /** Sends every event, or (when the transaction rolls back) none. */
  public void send(List<ComplianceEvent> events) {
    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    for (int from = 0; from < events.size(); from += EVENTS_PER_MESSAGE) {
      producer.send(complianceQueue,
          message(events.subList(from, Math.min(events.size(), from + EVENTS_PER_MESSAGE))));
    }
  }

  private MapMessage message(List<ComplianceEvent> events) {
    MapMessage message = jms.createMapMessage();
    String ids = ComplianceWireFormat.eventIds(events);
    try {
      for (Map.Entry<String, Object> field : ComplianceWireFormat.encode(events).entrySet()) {
        message.setObject(field.getKey(), field.getValue());
      }
      message.setStringProperty(ComplianceWireFormat.EVENT_IDS_PROPERTY, ids);
      message.setIntProperty(ComplianceWireFormat.VERSION, ComplianceWireFormat.CURRENT_VERSION);
    } catch (JMSException e) {
      // Unchecked on purpose: the transaction must roll back, and the events stay where they are.
      throw new JMSRuntimeException("cannot build compliance message for events " + ids + ": "
          + e.getMessage(), e.getErrorCode(), e);
    }
    return message;
  }
}
