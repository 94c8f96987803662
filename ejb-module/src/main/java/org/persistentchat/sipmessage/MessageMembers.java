package org.persistentchat.sipmessage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.persistentchat.sip.SipUri;
import org.persistentchat.sip.Transport;
import org.persistentchat.time.Ticks;

/** The joined state of plain SIP clients in {@code pchatMessageMember}, so it outlives a restart. */
public final class MessageMembers {

  /** One stored membership, with the user's URI and the room's GUID read alongside. */
  public record Row(int principalId, SipUri user, int nodeId, UUID roomGuid,
      MemberAddress address) {}

  private final EntityManager em;

  public MessageMembers(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  public void joined(int principalId, int nodeId, MemberAddress address, Ticks now) {
    left(principalId, nodeId);
    em.createNativeQuery("INSERT INTO pchatMessageMember"
            + " (prinID, nodeID, contactUri, transport, acceptsCpim, joinedOn)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, principalId)
        .setParameter(2, nodeId)
        .setParameter(3, address.contact().toString())
        .setParameter(4, address.transport().token())
        .setParameter(5, address.acceptsCpim())
        .setParameter(6, now.value())
        .executeUpdate();
  }

  public void left(int principalId, int nodeId) {
    em.createNativeQuery("DELETE FROM pchatMessageMember WHERE prinID = ?1 AND nodeID = ?2")
        .setParameter(1, principalId).setParameter(2, nodeId).executeUpdate();
  }

  /** The user moved (new Contact, transport or Accept): every membership follows. */
  public void moved(int principalId, MemberAddress address) {
    em.createNativeQuery("UPDATE pchatMessageMember SET contactUri = ?1, transport = ?2,"
            + " acceptsCpim = ?3 WHERE prinID = ?4")
        .setParameter(1, address.contact().toString())
        .setParameter(2, address.transport().token())
        .setParameter(3, address.acceptsCpim())
        .setParameter(4, principalId)
        .executeUpdate();
  }

  public List<Row> all() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT m.prinID, p.prinUri, m.nodeID, n.nodeGuid,"
            + " m.contactUri, m.transport, m.acceptsCpim FROM pchatMessageMember m"
            + " JOIN tblPrincipal p ON p.prinID = m.prinID JOIN tblNode n ON n.nodeID = m.nodeID"
            + " ORDER BY m.joinedOn")
        .getResultList();
    List<Row> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(new Row(((Number) r[0]).intValue(), SipUri.parse((String) r[1]),
          ((Number) r[2]).intValue(), uuid(r[3]),
          new MemberAddress(SipUri.parse((String) r[4]), Transport.of((String) r[5]),
              Boolean.TRUE.equals(r[6]) || (r[6] instanceof Number n && n.intValue() != 0))));
    }
    return result;
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID id ? id : UUID.fromString(value.toString());
  }
}
