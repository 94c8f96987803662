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
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.Map;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceRecorder;
import org.persistentchat.health.HealthService;

/**
 * Puts each compliance event on the compliance queue as a persistent message, in the caller's
 * transaction. The injected {@link JMSContext} comes from the server's default (XA, pooled)
 * connection factory and is enlisted in the JTA transaction: the message is sent only if the chat
 * write commits, and the chat write commits only if the send is durable (docs/adr, "compliance
 * queue and the chat write").
 *
 * <p>REQUIRED rather than MANDATORY: read-only paths (BACKCHAT, FILEDOWNLOAD) may run without a
 * transaction, and their events are still recorded, in a transaction of their own.
 *
 * <p>A singleton without locking rather than a stateless bean, so that the chat runtime can name it
 * in {@code @DependsOn} and still record the PART events of its orderly stop; the injected
 * {@link JMSContext} is the transaction's, so nothing is shared between callers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class JmsComplianceRecorder implements ComplianceRecorder {

  @Inject
  private JMSContext jms;

  @Resource(lookup = HealthService.COMPLIANCE_QUEUE)
  private Queue complianceQueue;

  @Override
  public void record(ComplianceEvent event) {
    MapMessage message = jms.createMapMessage();
    try {
      for (Map.Entry<String, Object> field : ComplianceWireFormat.encode(event).entrySet()) {
        message.setObject(field.getKey(), field.getValue());
      }
      message.setStringProperty(ComplianceWireFormat.EVENT_ID_PROPERTY,
          event.eventId().toString());
      message.setIntProperty(ComplianceWireFormat.VERSION, ComplianceWireFormat.CURRENT_VERSION);
    } catch (JMSException e) {
      // Unchecked on purpose: the caller's transaction must roll back with its chat write.
      throw new JMSRuntimeException("cannot build compliance message for event "
          + event.eventId() + ": " + e.getMessage(), e.getErrorCode(), e);
    }
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(complianceQueue, message);
  }
}
