package org.persistentchat.compliance.run;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.persistentchat.compliance.adapter.ChatRoom;
import org.persistentchat.compliance.adapter.Sender;

/**
 * The container's {@link ComplianceDirectory}. Called from the run outside any transaction, so
 * each lookup reads mgc in a short transaction of its own and never shares one with mgccomp.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MgcComplianceDirectory implements ComplianceDirectory {

  @PersistenceContext(unitName = "mgc")
  private EntityManager mgc;

  @Override
  public ChatRoom room(String channelUri) {
    return new MgcDirectoryQueries(mgc).room(channelUri);
  }

  @Override
  public Sender sender(int userId, String userUri) {
    return new MgcDirectoryQueries(mgc).sender(userId, userUri);
  }
}
