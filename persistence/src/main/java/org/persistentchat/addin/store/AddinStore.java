package org.persistentchat.addin.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.persistentchat.addin.model.Addin;
import org.persistentchat.addin.model.AddinId;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.HttpUrls;
import org.persistentchat.store.InvalidUrlException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;

/**
 * Registered add-ins ({@code tblSiopWhiteList}): a name unique in the pool (at most 50
 * characters) and an http(s) URL (at most 255), as New-CsPersistentChatAddin takes them.
 * Names compare without regard to case, like node names.
 */
public class AddinStore {

  private final EntityManager em;

  public AddinStore(EntityManager em) {
    this.em = em;
  }

  public Addin register(String name, String url) throws BlankNameException,
      NameTooLongException, DuplicateNameException, InvalidUrlException {
    String checkedName = freeName(name, null);
    String checkedUrl = HttpUrls.require("add-in", url, Addin.MAX_URL_LENGTH);
    Addin addin = new Addin(checkedName, checkedUrl);
    em.persist(addin);
    em.flush();
    return addin;
  }

  /** Changes name and URL together (Set-CsPersistentChatAddin); rooms keep pointing at it. */
  public Addin update(AddinId id, String name, String url) throws UnknownAddinException,
      BlankNameException, NameTooLongException, DuplicateNameException, InvalidUrlException {
    Addin addin = require(id);
    String checkedName = freeName(name, id);
    String checkedUrl = HttpUrls.require("add-in", url, Addin.MAX_URL_LENGTH);
    addin.change(checkedName, checkedUrl);
    em.flush();
    return addin;
  }

  /** Unregisters an add-in no room uses. */
  public void remove(AddinId id) throws UnknownAddinException, AddinInUseException {
    Addin addin = require(id);
    List<String> rooms = roomsUsing(id);
    if (!rooms.isEmpty()) {
      throw new AddinInUseException(addin.name(), rooms);
    }
    em.remove(addin);
    em.flush();
  }

  public Optional<Addin> find(AddinId id) {
    return Optional.ofNullable(em.find(Addin.class, id.value()));
  }

  public Addin require(AddinId id) throws UnknownAddinException {
    return find(id).orElseThrow(() -> new UnknownAddinException(id));
  }

  public Optional<Addin> findByName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT a FROM Addin a WHERE UPPER(a.name) = :n", Addin.class)
        .setParameter("n", name.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Every add-in of the pool, by name. */
  public List<Addin> list() {
    return em.createQuery("SELECT a FROM Addin a ORDER BY a.name", Addin.class).getResultList();
  }

  /** Names of the rooms that show the add-in, by name. */
  public List<String> roomsUsing(AddinId id) {
    return em.createQuery("SELECT n.name FROM Node n WHERE n.category = FALSE"
            + " AND n.addinId = :a ORDER BY n.name", String.class)
        .setParameter("a", id.value())
        .getResultList();
  }

  private String freeName(String name, AddinId except)
      throws BlankNameException, NameTooLongException, DuplicateNameException {
    String checked = Names.require("add-in", name, Addin.MAX_NAME_LENGTH);
    Optional<Addin> clash = findByName(checked);
    if (clash.isPresent() && (except == null || !clash.get().id().equals(except.value()))) {
      throw new DuplicateNameException("add-in", checked);
    }
    return checked;
  }
}
