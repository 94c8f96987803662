package org.persistentchat.room.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.PrincipalRole;
import org.persistentchat.room.model.RoleType;

/** Explicit role assignments on categories (Creator) and rooms (Member, Manager, Voiced). */
public class RoleStore {

  private final EntityManager em;

  public RoleStore(EntityManager em) {
    this.em = em;
  }

  /** Grants the role; granting a role already held changes nothing. */
  public void grant(NodeId node, PrincipalId principal, RoleType role, PrincipalId actor)
      throws UnknownPrincipalException {
    new PrincipalStore(em).require(principal);
    PrincipalRole.Key key = new PrincipalRole.Key(node.value(), principal.value(), role.id());
    if (em.find(PrincipalRole.class, key) == null) {
      em.persist(new PrincipalRole(node, principal, role, actor.value()));
      em.flush();
    }
  }

  public void revoke(NodeId node, PrincipalId principal, RoleType role) {
    em.createQuery("DELETE FROM PrincipalRole r WHERE r.nodeId = :n AND r.principalId = :p"
            + " AND r.roleTypeId = :t")
        .setParameter("n", node.value())
        .setParameter("p", principal.value())
        .setParameter("t", role.id())
        .executeUpdate();
  }

  /** The principals (users or groups) holding the role on the node. */
  public Set<PrincipalId> holders(NodeId node, RoleType role) {
    return em.createQuery("SELECT r FROM PrincipalRole r WHERE r.nodeId = :n"
            + " AND r.roleTypeId = :t", PrincipalRole.class)
        .setParameter("n", node.value())
        .setParameter("t", role.id())
        .getResultStream()
        .map(PrincipalRole::principalId)
        .collect(Collectors.toSet());
  }

  /** Nodes where one of the principals holds the role directly. */
  public List<NodeId> nodesWhere(Set<PrincipalId> principals, RoleType role) {
    if (principals.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT DISTINCT r.nodeId FROM PrincipalRole r WHERE r.roleTypeId = :t"
            + " AND r.principalId IN :ps ORDER BY r.nodeId", Integer.class)
        .setParameter("t", role.id())
        .setParameter("ps", principals.stream().map(PrincipalId::value).toList())
        .getResultStream()
        .map(NodeId::new)
        .toList();
  }

  public List<PrincipalRole> rolesOn(NodeId node) {
    return em.createQuery("SELECT r FROM PrincipalRole r WHERE r.nodeId = :n",
            PrincipalRole.class)
        .setParameter("n", node.value())
        .getResultList();
  }
}
