package org.persistentchat.settings.store;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.settings.model.ScopedValues;
import org.persistentchat.settings.model.Setting;
import org.persistentchat.settings.model.SettingKind;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.time.Ticks;

/** Reads and replaces whole settings objects in {@code pchatSetting}. */
final class SettingRows {

  private final EntityManager em;

  SettingRows(EntityManager em) {
    this.em = em;
  }

  /** The object stored at the scope, as setting name to value; empty if there is none. */
  Optional<Map<String, String>> read(SettingKind kind, SettingScope scope) {
    Map<String, String> values = new LinkedHashMap<>();
    rows(kind, List.of(scope.identity())).forEach(s -> values.put(s.name(), s.value()));
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  /** The same as {@link #firstOf}, with the scope the object was found at. */
  Optional<ScopedValues> firstScopedOf(SettingKind kind, List<SettingScope> mostSpecificFirst) {
    for (SettingScope scope : mostSpecificFirst) {
      Optional<Map<String, String>> values = read(kind, scope);
      if (values.isPresent()) {
        return Optional.of(new ScopedValues(scope.identity(), values.get()));
      }
    }
    return Optional.empty();
  }

  /** The object of the first scope, in the given order, that has one. */
  Optional<Map<String, String>> firstOf(SettingKind kind, List<SettingScope> mostSpecificFirst) {
    List<String> ids = mostSpecificFirst.stream().map(SettingScope::identity).toList();
    Map<String, Map<String, String>> byScope = new HashMap<>();
    for (Setting s : rows(kind, ids)) {
      byScope.computeIfAbsent(s.scopeIdentity(), k -> new LinkedHashMap<>())
          .put(s.name(), s.value());
    }
    return ids.stream().filter(byScope::containsKey).findFirst().map(byScope::get);
  }

  /** Replaces the whole object at the scope, so no setting of an older write lingers. */
  void replace(SettingKind kind, SettingScope scope, Map<String, String> values,
      PrincipalId actor, Ticks now) {
    remove(kind, scope);
    values.forEach((name, value) ->
        em.persist(new Setting(kind, scope, name, value, actor.value(), now)));
    em.flush();
  }

  boolean remove(SettingKind kind, SettingScope scope) {
    return em.createQuery("DELETE FROM Setting s WHERE s.kind = :k AND s.scope = :s")
        .setParameter("k", kind.storedName())
        .setParameter("s", scope.identity())
        .executeUpdate() > 0;
  }

  /** Identities of every scope holding an object of the kind. */
  List<String> scopes(SettingKind kind) {
    return em.createQuery("SELECT DISTINCT s.scope FROM Setting s WHERE s.kind = :k"
            + " ORDER BY s.scope", String.class)
        .setParameter("k", kind.storedName())
        .getResultList();
  }

  private List<Setting> rows(SettingKind kind, List<String> scopeIds) {
    return em.createQuery("SELECT s FROM Setting s WHERE s.kind = :k AND s.scope IN :s",
            Setting.class)
        .setParameter("k", kind.storedName())
        .setParameter("s", scopeIds)
        .getResultList();
  }
}
