package org.persistentchat.compliance.queue;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.store.RecordOutcome;
import org.persistentchat.health.HealthService;

/**
 * Moves compliance events from the queue into mgccomp. The receive runs in a container
 * transaction holding the queue only; the insert commits first in its own ({@link ComplianceWrite}),
 * and a redelivery of an event already recorded records nothing. A failure of the insert rolls the
 * receive back, Artemis redelivers with back-off, and after the queue's configured attempts moves
 * the message to the dead-letter queue. Failures are logged with the attempt number and rethrown,
 * never absorbed.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup",
        propertyValue = HealthService.COMPLIANCE_QUEUE),
    @ActivationConfigProperty(propertyName = "destinationType",
        propertyValue = "jakarta.jms.Queue")
})
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ComplianceMdb implements MessageListener {

  /** The dead-letter queue of the compliance queue, as the server configuration sets it up. */
  public static final String DEAD_LETTER_QUEUE = "java:/jms/pchat/ComplianceDLQ";
  /** max-delivery-attempts of the compliance queue's address settings. */
  public static final int MAX_DELIVERY_ATTEMPTS = 10;

  @EJB
  private ComplianceWrite write;

  @Override
  public void onMessage(Message message) {
    String id = null;
    int attempt = 1;
    try {
      id = MapMessages.eventIdOrMessageId(message);
      attempt = MapMessages.deliveryCount(message);
      ComplianceEvent event = ComplianceWireFormat.decode(MapMessages.fields(message));
      if (attempt > 1) {
        ComplianceLogger.LOG.redelivered(id, attempt);
      }
      RecordOutcome outcome = write.record(event);
      if (outcome == RecordOutcome.DUPLICATE) {
        ComplianceLogger.LOG.duplicateIgnored(id);
      }
    } catch (MalformedComplianceMessageException e) {
      ComplianceLogger.LOG.malformed(id, DEAD_LETTER_QUEUE, e.getMessage());
      lastAttempt(id, attempt);
      throw e;
    } catch (JMSException e) {
      ComplianceLogger.LOG.recordingFailed(id, attempt, MAX_DELIVERY_ATTEMPTS, DEAD_LETTER_QUEUE,
          e);
      lastAttempt(id, attempt);
      throw new JMSRuntimeException("cannot read compliance message " + id + ": "
          + e.getMessage(), e.getErrorCode(), e);
    } catch (RuntimeException e) {
      ComplianceLogger.LOG.recordingFailed(id, attempt, MAX_DELIVERY_ATTEMPTS, DEAD_LETTER_QUEUE,
          e);
      lastAttempt(id, attempt);
      throw e;
    }
  }

  /** Artemis moves the message after this rollback; the line tells the operator where it went. */
  private static void lastAttempt(String id, int attempt) {
    if (attempt >= MAX_DELIVERY_ATTEMPTS) {
      ComplianceLogger.LOG.deadLettered(id, attempt, MAX_DELIVERY_ATTEMPTS, DEAD_LETTER_QUEUE);
    }
  }
}
