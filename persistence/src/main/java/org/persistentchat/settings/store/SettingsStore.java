package org.persistentchat.settings.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.model.PersistentChatConfiguration;
import org.persistentchat.settings.model.PersistentChatPolicy;
import org.persistentchat.settings.model.PolicyGrant;
import org.persistentchat.settings.model.ScopedValues;
import org.persistentchat.settings.model.SettingKind;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.settings.model.SettingViolation;
import org.persistentchat.store.StoreLogger;
import org.persistentchat.time.Ticks;

/**
 * The scoped settings objects of a deployment: Persistent Chat configuration and compliance
 * configuration (global, site, service) and Persistent Chat policy (global, site, per-user tag).
 *
 * <p>Precedence is Lync's: the most specific object that exists wins <em>as a whole</em>
 * (service over site over global; a granted tag over site over global), so a site object does
 * not inherit single settings from global. Global always exists: without a stored object it is
 * the built-in defaults, and removing it restores them. Objects are validated as a whole before
 * anything is written.
 */
public class SettingsStore {

  private final EntityManager em;
  private final SettingRows rows;

  public SettingsStore(EntityManager em) {
    this.em = em;
    this.rows = new SettingRows(em);
  }

  // ------------------------------------------------------------- Persistent Chat configuration

  /** The object stored at the scope; at global, the defaults when none is stored. */
  public Optional<PersistentChatConfiguration> configuration(SettingScope scope)
      throws InvalidScopeException {
    return read(SettingKind.CONFIGURATION, scope, PersistentChatConfiguration::fromSettings,
        PersistentChatConfiguration.DEFAULTS);
  }

  /** What a pool's servers use: the pool's object, else its site's, else global. */
  public PersistentChatConfiguration effectiveConfiguration(String site, String poolFqdn) {
    return rows.firstOf(SettingKind.CONFIGURATION, serviceSiteGlobal(site, poolFqdn))
        .map(PersistentChatConfiguration::fromSettings)
        .orElse(PersistentChatConfiguration.DEFAULTS);
  }

  public void setConfiguration(SettingScope scope, PersistentChatConfiguration configuration,
      PrincipalId actor, Ticks now) throws InvalidScopeException, InvalidSettingException {
    write(SettingKind.CONFIGURATION, scope, configuration.violations(),
        configuration.toSettings(), actor, now);
  }

  /** Removes the object at the scope; returns whether there was one. */
  public boolean removeConfiguration(SettingScope scope) throws InvalidScopeException {
    return remove(SettingKind.CONFIGURATION, scope);
  }

  // ------------------------------------------------------------- compliance configuration

  public Optional<ComplianceConfiguration> compliance(SettingScope scope)
      throws InvalidScopeException {
    return read(SettingKind.COMPLIANCE, scope, ComplianceConfiguration::fromSettings,
        ComplianceConfiguration.DEFAULTS);
  }

  /** What a pool's compliance service uses: the pool's object, else its site's, else global. */
  public ComplianceConfiguration effectiveCompliance(String site, String poolFqdn) {
    return rows.firstOf(SettingKind.COMPLIANCE, serviceSiteGlobal(site, poolFqdn))
        .map(ComplianceConfiguration::fromSettings)
        .orElse(ComplianceConfiguration.DEFAULTS);
  }

  /**
   * The compliance object that governs a pool, as stored: the pool's, else its site's, else the
   * global one; empty when none is stored. Unlike {@link #effectiveCompliance} it leaves unset
   * settings unset, for a server that fills them from its own configuration.
   */
  public Optional<ScopedValues> storedCompliance(String site, String poolFqdn) {
    return rows.firstScopedOf(SettingKind.COMPLIANCE, serviceSiteGlobal(site, poolFqdn));
  }

  public void setCompliance(SettingScope scope, ComplianceConfiguration compliance,
      PrincipalId actor, Ticks now) throws InvalidScopeException, InvalidSettingException {
    write(SettingKind.COMPLIANCE, scope, compliance.violations(), compliance.toSettings(),
        actor, now);
  }

  public boolean removeCompliance(SettingScope scope) throws InvalidScopeException {
    return remove(SettingKind.COMPLIANCE, scope);
  }

  // ------------------------------------------------------------- Persistent Chat policy

  public Optional<PersistentChatPolicy> policy(SettingScope scope) throws InvalidScopeException {
    return read(SettingKind.POLICY, scope, PersistentChatPolicy::fromSettings,
        PersistentChatPolicy.DEFAULTS);
  }

  /** What governs a user: the granted tag's policy, else the user's site's, else global. */
  public PersistentChatPolicy effectivePolicy(PrincipalId user, String site) {
    List<SettingScope> scopes = new ArrayList<>();
    grantedPolicy(user).ifPresent(tag -> scopes.add(SettingScope.tag(tag)));
    scopes.addAll(serviceSiteGlobal(site, null));
    return rows.firstOf(SettingKind.POLICY, scopes)
        .map(PersistentChatPolicy::fromSettings)
        .orElse(PersistentChatPolicy.DEFAULTS);
  }

  public void setPolicy(SettingScope scope, PersistentChatPolicy policy, PrincipalId actor,
      Ticks now) throws InvalidScopeException, InvalidSettingException {
    write(SettingKind.POLICY, scope, policy.violations(), policy.toSettings(), actor, now);
  }

  /**
   * Removes the policy at the scope. Removing a per-user policy also drops its grants, so its
   * users fall back to their site or the global policy.
   */
  public boolean removePolicy(SettingScope scope) throws InvalidScopeException {
    boolean removed = remove(SettingKind.POLICY, scope);
    if (scope.level() == SettingScope.Level.TAG) {
      int dropped = em.createQuery("DELETE FROM PolicyGrant g WHERE g.tag = :t")
          .setParameter("t", scope.name())
          .executeUpdate();
      if (dropped > 0) {
        StoreLogger.LOG.policyGrantsDropped(scope.identity(), dropped);
      }
    }
    return removed;
  }

  /** Grants a per-user policy ({@code Grant-CsPersistentChatPolicy}); null revokes the grant. */
  public void grantPolicy(PrincipalId user, String tag, PrincipalId actor, Ticks now)
      throws UnknownPrincipalException, UnknownPolicyException {
    new PrincipalStore(em).require(user);
    PolicyGrant grant = em.find(PolicyGrant.class, user.value());
    if (tag == null) {
      if (grant != null) {
        em.remove(grant);
        em.flush();
      }
      return;
    }
    SettingScope scope = SettingScope.tag(tag);
    if (rows.read(SettingKind.POLICY, scope).isEmpty()) {
      throw new UnknownPolicyException(scope.name());
    }
    if (grant == null) {
      em.persist(new PolicyGrant(user, scope.name(), actor.value(), now));
    } else {
      grant.regrant(scope.name(), actor.value(), now);
    }
    em.flush();
  }

  /** The tag of the per-user policy granted to the user, if any. */
  public Optional<String> grantedPolicy(PrincipalId user) {
    return Optional.ofNullable(em.find(PolicyGrant.class, user.value())).map(PolicyGrant::tag);
  }

  /** Scopes holding an object of the kind, as identities ("global", "site:Redmond", ...). */
  public List<String> scopes(SettingKind kind) {
    return rows.scopes(kind);
  }

  // ------------------------------------------------------------- shared

  private <T> Optional<T> read(SettingKind kind, SettingScope scope,
      Function<Map<String, String>, T> decode, T defaults) throws InvalidScopeException {
    kind.requireAllowed(scope);
    Optional<T> stored = rows.read(kind, scope).map(decode);
    return stored.isEmpty() && scope.level() == SettingScope.Level.GLOBAL
        ? Optional.of(defaults) : stored;
  }

  private void write(SettingKind kind, SettingScope scope, List<SettingViolation> violations,
      Map<String, String> values, PrincipalId actor, Ticks now)
      throws InvalidScopeException, InvalidSettingException {
    kind.requireAllowed(scope);
    if (!violations.isEmpty()) {
      throw new InvalidSettingException(kind.storedName(), violations);
    }
    rows.replace(kind, scope, values, actor, now);
  }

  private boolean remove(SettingKind kind, SettingScope scope) throws InvalidScopeException {
    kind.requireAllowed(scope);
    boolean removed = rows.remove(kind, scope);
    if (removed && scope.level() == SettingScope.Level.GLOBAL) {
      StoreLogger.LOG.globalSettingsReset(kind.storedName());
    }
    return removed;
  }

  private static List<SettingScope> serviceSiteGlobal(String site, String poolFqdn) {
    List<SettingScope> scopes = new ArrayList<>();
    if (poolFqdn != null && !poolFqdn.isBlank()) {
      scopes.add(SettingScope.service(poolFqdn));
    }
    if (site != null && !site.isBlank()) {
      scopes.add(SettingScope.site(site));
    }
    scopes.add(SettingScope.GLOBAL);
    return scopes;
  }
}
