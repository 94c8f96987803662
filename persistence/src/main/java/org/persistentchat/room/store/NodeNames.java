package org.persistentchat.room.store;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.persistentchat.room.model.Node;
import org.persistentchat.room.model.NodeId;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;

/**
 * The pool-wide name space of categories and rooms. Names compare without regard to case, as on
 * SQL Server's default collation; the unique key on tblNode.nodeName backs this up against races.
 */
final class NodeNames {

  private NodeNames() {}

  static String requireFree(EntityManager em, String what, String name, NodeId except)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    String checked = Names.require(what, name, Node.MAX_NAME_LENGTH);
    long clashes = em.createQuery("SELECT COUNT(n) FROM Node n WHERE UPPER(n.name) = :name"
            + " AND n.nodeId <> :except", Long.class)
        .setParameter("name", checked.toUpperCase(Locale.ROOT))
        .setParameter("except", except == null ? 0 : except.value())
        .getSingleResult();
    if (clashes > 0) {
      throw new DuplicateNameException(what, checked);
    }
    return checked;
  }
}
