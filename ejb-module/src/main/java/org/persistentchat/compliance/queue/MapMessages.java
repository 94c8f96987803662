package org.persistentchat.compliance.queue;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/** Reads a JMS message into the field map that {@link ComplianceWireFormat} decodes. */
final class MapMessages {

  /** Artemis sets this standard property on every delivery; 1 on the first. */
  static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  private MapMessages() {}

  static Map<String, Object> fields(Message message) throws JMSException {
    if (!(message instanceof MapMessage map)) {
      throw new MalformedComplianceMessageException("compliance queue expects a MapMessage, got "
          + message.getClass().getName());
    }
    Map<String, Object> fields = new HashMap<>();
    Enumeration<?> names = map.getMapNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      fields.put(name, map.getObject(name));
    }
    return fields;
  }

  static int deliveryCount(Message message) throws JMSException {
    return message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
  }

  /** The message as log lines name it: its JMS id and, when it says, the ids of its events. */
  static String label(Message message) throws JMSException {
    String eventIds = message.getStringProperty(ComplianceWireFormat.EVENT_IDS_PROPERTY);
    return eventIds == null ? message.getJMSMessageID()
        : message.getJMSMessageID() + " (events " + eventIds + ")";
  }
}
