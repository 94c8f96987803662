package org.persistentchat.preference.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.persistentchat.preference.model.Preference;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;

/**
 * Versioned client preferences ({@code tblPreference}, XCCOS {@code getpref}/{@code setpref}):
 * each save adds the next version under the label, and the highest version is current.
 *
 * <p>Saving is optimistic: the caller names the version it read, and the save fails when that
 * is no longer the latest. Two racing saves of the same next version collide on the primary key
 * (label, version), so exactly one wins even when both passed the check.
 */
public class PreferenceStore {

  /** Version "read" by a client that found no preferences yet. */
  public static final int NO_VERSION = 0;

  public static final int MAX_LABEL_LENGTH = 255;

  private final EntityManager em;

  public PreferenceStore(EntityManager em) {
    this.em = em;
  }

  /** The current version of the label's preferences, if any were saved. */
  public Optional<Preference> latest(String label) {
    return em.createQuery("SELECT p FROM Preference p WHERE p.label = :l"
            + " ORDER BY p.sequence DESC", Preference.class)
        .setParameter("l", label)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The current version number, {@link #NO_VERSION} when nothing was saved. */
  public int latestVersion(String label) {
    Integer max = em.createQuery("SELECT MAX(p.sequence) FROM Preference p WHERE p.label = :l",
            Integer.class)
        .setParameter("l", label)
        .getSingleResult();
    return max == null ? NO_VERSION : max;
  }

  /**
   * Saves {@code content} as the version after {@code expectedVersion}.
   *
   * @throws StalePreferenceException when {@code expectedVersion} is not the latest
   */
  public Preference set(String label, int expectedVersion, String content, PrincipalId actor)
      throws BlankNameException, NameTooLongException, StalePreferenceException {
    String checked = Names.require("preference label", label, MAX_LABEL_LENGTH);
    int latest = latestVersion(checked);
    if (latest != expectedVersion) {
      throw new StalePreferenceException(checked, expectedVersion, latest);
    }
    Preference next = new Preference(checked, expectedVersion + 1, content, actor.value());
    try {
      em.persist(next);
      em.flush();
    } catch (PersistenceException e) {
      // The transaction is rollback-only now; the typed error rolls it back either way.
      throw new StalePreferenceException(checked, expectedVersion, e);
    }
    return next;
  }

  /** Deletes versions older than the newest {@code keep}; returns how many went. */
  public int prune(String label, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least the current version: " + keep);
    }
    int cutoff = latestVersion(label) - keep;
    if (cutoff < 1) {
      return 0;
    }
    return em.createQuery("DELETE FROM Preference p WHERE p.label = :l AND p.sequence <= :c")
        .setParameter("l", label)
        .setParameter("c", cutoff)
        .executeUpdate();
  }
}
