package org.persistentchat.room.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.room.model.ScopePrincipal;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;
import org.persistentchat.time.Ticks;

/** Categories: single-level containers of rooms under the hidden root, with their scope. */
public class CategoryStore {

  private final EntityManager em;

  public CategoryStore(EntityManager em) {
    this.em = em;
  }

  public Node create(String name, String description, PrincipalId actor, Ticks now)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    String checked = NodeNames.requireFree(em, "category", name, null);
    Names.optional("category description", description, Node.MAX_DESCRIPTION_LENGTH);
    Node category = Node.newCategory(checked, description, actor.value(), now);
    em.persist(category);
    em.flush();
    return category;
  }

  public Optional<Node> find(NodeId id) {
    Node node = em.find(Node.class, id.value());
    return node != null && node.isCategory() && !node.isRoot() ? Optional.of(node)
        : Optional.empty();
  }

  public Node require(NodeId id) throws NoCategoryException {
    return find(id).orElseThrow(() -> new NoCategoryException(id));
  }

  /** Every category of the pool except the hidden root, by name. */
  public List<Node> list() {
    return em.createQuery("SELECT n FROM Node n WHERE n.category = TRUE AND n.nodeId <> 1"
        + " ORDER BY n.name", Node.class).getResultList();
  }

  public void rename(NodeId id, String name, PrincipalId actor, Ticks now)
      throws NoCategoryException, BlankNameException, NameTooLongException,
      DuplicateNameException {
    Node category = require(id);
    category.rename(NodeNames.requireFree(em, "category", name, id), actor.value(), now);
    em.flush();
  }

  /** The Invitations, FileUpload and ChatHistory switches. */
  public void setSwitches(NodeId id, boolean invitations, boolean fileUpload,
      boolean chatHistory, PrincipalId actor, Ticks now) throws NoCategoryException {
    require(id).setCategorySwitches(invitations, fileUpload, chatHistory, actor.value(), now);
    em.flush();
  }

  /** Deletes an empty category; its scope and creators go with it. */
  public void delete(NodeId id) throws NoCategoryException, CategoryNotEmptyException {
    Node category = require(id);
    long rooms = em.createQuery("SELECT COUNT(n) FROM Node n WHERE n.parentId = :c"
            + " AND n.category = FALSE", Long.class)
        .setParameter("c", id.value())
        .getSingleResult();
    if (rooms > 0) {
      throw new CategoryNotEmptyException(id, rooms);
    }
    em.createQuery("DELETE FROM ScopePrincipal s WHERE s.nodeId = :c")
        .setParameter("c", id.value()).executeUpdate();
    em.createQuery("DELETE FROM PrincipalRole r WHERE r.nodeId = :c")
        .setParameter("c", id.value()).executeUpdate();
    em.remove(category);
    em.flush();
  }

  /** Puts a principal on AllowedMembers ({@code denied} false) or DeniedMembers (true). */
  public void putInScope(NodeId id, PrincipalId principal, boolean denied, PrincipalId actor)
      throws NoCategoryException, UnknownPrincipalException {
    require(id);
    new PrincipalStore(em).require(principal);
    ScopePrincipal existing =
        em.find(ScopePrincipal.class, new ScopePrincipal.Key(id.value(), principal.value()));
    if (existing != null) {
      em.remove(existing);
      em.flush();
    }
    em.persist(new ScopePrincipal(id, principal, denied, actor.value()));
    em.flush();
  }

  public void removeFromScope(NodeId id, PrincipalId principal) {
    em.createQuery("DELETE FROM ScopePrincipal s WHERE s.nodeId = :c AND s.principalId = :p")
        .setParameter("c", id.value())
        .setParameter("p", principal.value())
        .executeUpdate();
  }

  public Set<PrincipalId> allowedMembers(NodeId id) {
    return scope(id, false);
  }

  public Set<PrincipalId> deniedMembers(NodeId id) {
    return scope(id, true);
  }

  private Set<PrincipalId> scope(NodeId id, boolean denied) {
    return em.createQuery("SELECT s FROM ScopePrincipal s WHERE s.nodeId = :c"
            + " AND s.denied = :d", ScopePrincipal.class)
        .setParameter("c", id.value())
        .setParameter("d", denied)
        .getResultStream()
        .map(ScopePrincipal::principalId)
        .collect(Collectors.toSet());
  }
}
