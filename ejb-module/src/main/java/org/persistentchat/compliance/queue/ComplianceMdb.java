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
import java.util.ArrayList;
import java.util.List;
import org.persistentchat.compliance.ComplianceEvent;
import org.persistentchat.compliance.ComplianceLogger;
import org.persistentchat.compliance.store.RecordOutcome;
import org.persistentchat.health.HealthService;

/**
 * Moves compliance events from the queue into mgccomp, a message (a batch of events) at a time.
 * The receive runs in a container transaction holding the queue only; the inserts commit first in
 * their own ({@link ComplianceWrite}), and an event already recorded is not recorded again.
 *
 * <p>A first delivery records the whole batch in one mgccomp transaction. If that fails, the
 * receive rolls back and Artemis redelivers with back-off; a redelivery records the events one at
 * a time, so that one event that cannot be recorded holds back only itself. It is logged with its
 * id, and the message rolls back again until, after the queue's configured attempts, Artemis moves
 * it to the dead-letter queue. Failures are logged with the attempt number and rethrown, never
 * absorbed.
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
    String label = null;
    int attempt = 1;
    try {
      label = MapMessages.label(message);
      attempt = MapMessages.deliveryCount(message);
      List<ComplianceEvent> events = ComplianceWireFormat.decode(MapMessages.fields(message));
      List<RecordOutcome> outcomes;
      if (attempt == 1) {
        outcomes = write.recordAll(events);
      } else {
        ComplianceLogger.LOG.redelivered(label, attempt);
        outcomes = oneByOne(events, attempt);
      }
      logDuplicates(events, outcomes);
    } catch (MalformedComplianceMessageException e) {
      ComplianceLogger.LOG.malformed(label, DEAD_LETTER_QUEUE, e.getMessage());
      lastAttempt(label, attempt);
      throw e;
    } catch (JMSException e) {
      ComplianceLogger.LOG.recordingFailed(label, attempt, MAX_DELIVERY_ATTEMPTS,
          DEAD_LETTER_QUEUE, e);
      lastAttempt(label, attempt);
      throw new JMSRuntimeException("cannot read compliance message " + label + ": "
          + e.getMessage(), e.getErrorCode(), e);
    } catch (RuntimeException e) {
      ComplianceLogger.LOG.recordingFailed(label, attempt, MAX_DELIVERY_ATTEMPTS,
          DEAD_LETTER_QUEUE, e);
      lastAttempt(label, attempt);
      throw e;
    }
  }

  /**
   * Records each event in a transaction of its own, all of them even when one fails; then throws
   * the first failure, so that the message rolls back and only what failed is tried again.
   */
  private List<RecordOutcome> oneByOne(List<ComplianceEvent> events, int attempt) {
    List<RecordOutcome> outcomes = new ArrayList<>(events.size());
    RuntimeException failed = null;
    for (ComplianceEvent event : events) {
      try {
        outcomes.add(write.record(event));
      } catch (RuntimeException e) {
        ComplianceLogger.LOG.eventNotRecorded(event.eventId().toString(), attempt, e);
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
    return outcomes;
  }

  private static void logDuplicates(List<ComplianceEvent> events, List<RecordOutcome> outcomes) {
    List<ComplianceEvent> duplicates = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (outcomes.get(i) == RecordOutcome.DUPLICATE) {
        duplicates.add(events.get(i));
      }
    }
    if (!duplicates.isEmpty()) {
      ComplianceLogger.LOG.duplicateIgnored(ComplianceWireFormat.eventIds(duplicates));
    }
  }

  /** Artemis moves the message after this rollback; the line tells the operator where it went. */
  private static void lastAttempt(String label, int attempt) {
    if (attempt >= MAX_DELIVERY_ATTEMPTS) {
      ComplianceLogger.LOG.deadLettered(label, attempt, MAX_DELIVERY_ATTEMPTS, DEAD_LETTER_QUEUE);
    }
  }
}
