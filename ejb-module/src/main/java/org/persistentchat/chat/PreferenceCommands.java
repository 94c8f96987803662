package org.persistentchat.chat;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.OptionalLong;
import org.persistentchat.preference.model.Preference;
import org.persistentchat.room.ChatUser;
import org.persistentchat.room.InvalidRequestException;
import org.persistentchat.room.RefusedException;
import org.persistentchat.xccos.model.PreferenceBundle;

/**
 * {@code getpref} / {@code setpref} on {@code tblPreference}. Bundles are per user: the stored
 * label is {@code <user SIP URI>|<client label>}, as Lync's labels are documented to carry the
 * user's URI. Each set writes a new version (sequence + 1); the newest version is current, and
 * the last writer wins (no stale-version check, as the conflict's wire shape is unknown).
 */
class PreferenceCommands {

  private static final int MAX_LABEL_LENGTH = 255;

  PreferenceBundle get(EntityManager em, ChatUser user, PreferenceBundle asked)
      throws RefusedException {
    String label = storedLabel(user, asked.label());
    Optional<Preference> current = newest(em, label);
    if (current.isPresent()) {
      return bundle(asked.label(), current.get());
    }
    if (!asked.createDefault()) {
      throw new NoSuchPreferenceException(asked.label());
    }
    Preference created = new Preference(label, 1, null, user.principal().value());
    em.persist(created);
    em.flush();
    return bundle(asked.label(), created);
  }

  PreferenceBundle set(EntityManager em, ChatUser user, PreferenceBundle given)
      throws RefusedException {
    if (given.content().isEmpty()) {
      throw new InvalidRequestException("setpref without content");
    }
    String label = storedLabel(user, given.label());
    int next = newest(em, label).map(Preference::sequence).orElse(0) + 1;
    Preference stored = new Preference(label, next, given.content().get(),
        user.principal().value());
    em.persist(stored);
    em.flush();
    return bundle(given.label(), stored);
  }

  private static Optional<Preference> newest(EntityManager em, String label) {
    return em.createQuery("SELECT p FROM Preference p WHERE p.label = :l"
            + " ORDER BY p.sequence DESC", Preference.class)
        .setParameter("l", label)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static String storedLabel(ChatUser user, String label) throws InvalidRequestException {
    String stored = user.uri() + "|" + label;
    if (label.isBlank() || stored.length() > MAX_LABEL_LENGTH) {
      throw new InvalidRequestException("preference label empty or too long");
    }
    return stored;
  }

  private static PreferenceBundle bundle(String label, Preference stored) {
    return new PreferenceBundle(label, OptionalLong.of(stored.sequence()), false,
        Optional.ofNullable(stored.content()));
  }
}
