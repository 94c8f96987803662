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
 * Puts compliance events on the compliance queue as persistent messages, one message per event,
 * all of one call in one transaction: the caller's, or one of their own. The injected
 * {@link JMSContext} comes from the server's default pooled connection factory and is enlisted in
 * that transaction; when Artemis is its only resource, the transaction manager commits it in one
 * phase, without a transaction-log write (docs/adr/0017).
 *
 * <p>A singleton without locking, so that the outbox relay can name it in {@code @DependsOn} and
 * still send during its orderly stop; the injected {@link JMSContext} is the transaction's, so
 * nothing is shared between callers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ComplianceQueueSender {

  @Inject
  private JMSContext jms;

  @Resource(lookup = HealthService.COMPLIANCE_QUEUE)
  private Queue complianceQueue;

  /** Sends every event, or (when the transaction rolls back) none. */
  public void send(List<ComplianceEvent> events) {
    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    for (ComplianceEvent event : events) {
      producer.send(complianceQueue, message(event));
    }
  }

  private MapMessage message(ComplianceEvent event) {
    MapMessage message = jms.createMapMessage();
    try {
      for (Map.Entry<String, Object> field : ComplianceWireFormat.encode(event).entrySet()) {
        message.setObject(field.getKey(), field.getValue());
      }
      message.setStringProperty(ComplianceWireFormat.EVENT_ID_PROPERTY,
          event.eventId().toString());
      message.setIntProperty(ComplianceWireFormat.VERSION, ComplianceWireFormat.CURRENT_VERSION);
    } catch (JMSException e) {
      // Unchecked on purpose: the transaction must roll back, and the events stay where they are.
      throw new JMSRuntimeException("cannot build compliance message for event "
          + event.eventId() + ": " + e.getMessage(), e.getErrorCode(), e);
    }
    return message;
  }
}
