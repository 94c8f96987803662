package org.persistentchat.admin.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.persistentchat.admin.AdminClock;
import org.persistentchat.admin.principal.PrincipalLookup;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.problem.ProblemKind;
import org.persistentchat.admin.problem.StoreProblems;
import org.persistentchat.admin.settings.Views.Compliance;
import org.persistentchat.admin.settings.Views.ComplianceRequest;
import org.persistentchat.admin.settings.Views.Configuration;
import org.persistentchat.admin.settings.Views.ConfigurationRequest;
import org.persistentchat.admin.settings.Views.Grant;
import org.persistentchat.admin.settings.Views.Policy;
import org.persistentchat.admin.settings.Views.PolicyRequest;
import org.persistentchat.compliance.adapter.ComplianceConfigurationException;
import org.persistentchat.compliance.adapter.UnwritableOutputDirectoryException;
import org.persistentchat.compliance.run.ComplianceConfigurationCheck;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.principal.store.PrincipalStore;
import org.persistentchat.principal.store.UnknownPrincipalException;
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.model.PersistentChatConfiguration;
import org.persistentchat.settings.model.PersistentChatPolicy;
import org.persistentchat.settings.model.ScopedValues;
import org.persistentchat.settings.model.SettingKind;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.settings.store.InvalidSettingException;
import org.persistentchat.settings.store.SettingsStore;
import org.persistentchat.settings.store.UnknownPolicyException;

/**
 * New/Set/Get/Remove of the three settings objects and Grant-CsPersistentChatPolicy, one
 * transaction per call. Set semantics: a setting the request leaves out keeps the value stored at
 * the scope, or the default when the scope has no object yet (Lync's New- cmdlets).
 */
@Stateless
public class SettingsService {

  @PersistenceContext(unitName = "mgc")
  private EntityManager em;

  @EJB
  private ComplianceConfigurationCheck complianceCheck;

  // ------------------------------------------------------------------ policies

  public List<Policy> policies() throws InvalidScopeException {
    return all(SettingKind.POLICY, store()::policy, SettingsService::policyView);
  }

  public Optional<Policy> policy(String identity) throws InvalidScopeException {
    return one(identity, store()::policy, SettingsService::policyView);
  }

  public Policy setPolicy(String identity, PolicyRequest request)
      throws InvalidScopeException, InvalidSettingException {
    SettingScope scope = SettingScope.parse(identity);
    PersistentChatPolicy current = store().policy(scope).orElse(PersistentChatPolicy.DEFAULTS);
    PersistentChatPolicy wanted = new PersistentChatPolicy(
        request.enablePersistentChat() != null ? request.enablePersistentChat()
            : current.enablePersistentChat(),
        request.description() != null ? request.description() : current.description());
    store().setPolicy(scope, wanted, AdminClock.ACTOR, AdminClock.now());
    return policyView(scope, wanted);
  }

  public boolean removePolicy(String identity) throws InvalidScopeException {
    return store().removePolicy(SettingScope.parse(identity));
  }

  public Grant grant(String identity, String userUri) throws InvalidScopeException,
      InvalidFieldException, UnknownPrincipalException, UnknownPolicyException {
    SettingScope scope = tag(identity);
    store().grantPolicy(user(userUri), scope.name(), AdminClock.ACTOR, AdminClock.now());
    return new Grant(userUri, scope.identity());
  }

  /** Revokes the grant if the user holds this policy; false if it did not. */
  public boolean revoke(String identity, String userUri) throws InvalidScopeException,
      InvalidFieldException, UnknownPrincipalException, UnknownPolicyException {
    SettingScope scope = tag(identity);
    PrincipalId user = user(userUri);
    if (!store().grantedPolicy(user).map(scope.name()::equals).orElse(false)) {
      return false;
    }
    store().grantPolicy(user, null, AdminClock.ACTOR, AdminClock.now());
    return true;
  }

  // ------------------------------------------------------------------ configuration

  public List<Configuration> configurations() throws InvalidScopeException {
    return all(SettingKind.CONFIGURATION, store()::configuration,
        SettingsService::configurationView);
  }

  public Optional<Configuration> configuration(String identity) throws InvalidScopeException {
    return one(identity, store()::configuration, SettingsService::configurationView);
  }

  public Configuration setConfiguration(String identity, ConfigurationRequest request)
      throws InvalidScopeException, InvalidSettingException {
    SettingScope scope = SettingScope.parse(identity);
    PersistentChatConfiguration c = store().configuration(scope)
        .orElse(PersistentChatConfiguration.DEFAULTS);
    if (request.defaultChatHistory() != null) {
      c = c.withDefaultChatHistory(request.defaultChatHistory());
    }
    if (request.participantUpdateLimit() != null) {
      c = c.withParticipantUpdateLimit(request.participantUpdateLimit());
    }
    if (request.maxFileSizeKB() != null) {
      c = c.withMaxFileSizeKb(request.maxFileSizeKB());
    }
    if (request.roomManagementUrl() != null) {
      c = c.withRoomManagementUrl(request.roomManagementUrl());
    }
    store().setConfiguration(scope, c, AdminClock.ACTOR, AdminClock.now());
    return configurationView(scope, c);
  }

  public boolean removeConfiguration(String identity) throws InvalidScopeException {
    return store().removeConfiguration(SettingScope.parse(identity));
  }

  // ------------------------------------------------------------------ compliance

  public List<Compliance> compliances() throws InvalidScopeException {
    return all(SettingKind.COMPLIANCE, store()::compliance, SettingsService::complianceView);
  }

  public Optional<Compliance> compliance(String identity) throws InvalidScopeException {
    return one(identity, store()::compliance, SettingsService::complianceView);
  }

  public Compliance setCompliance(String identity, ComplianceRequest r)
      throws InvalidScopeException, InvalidSettingException, InvalidFieldException {
    SettingScope scope = SettingScope.parse(identity);
    ComplianceConfiguration c = store().compliance(scope)
        .orElse(ComplianceConfiguration.DEFAULTS);
    ComplianceConfiguration wanted = new ComplianceConfiguration(
        or(r.adapterType(), c.adapterType()), or(r.adapterName(), c.adapterName()),
        or(r.adapterOutputDirectory(), c.outputDirectory()),
        r.runInterval() == null ? c.runInterval() : interval(r.runInterval()),
        or(r.oneChatRoomPerOutputFile(), c.oneChatRoomPerOutputFile()),
        or(r.addChatRoomDetails(), c.addChatRoomDetails()),
        or(r.addUserDetails(), c.addUserDetails()),
        or(r.createFileAttachmentsManifest(), c.createFileAttachmentsManifest()),
        or(r.customConfiguration(), c.customConfiguration()));
    requireUsable(scope, wanted);
    store().setCompliance(scope, wanted, AdminClock.ACTOR, AdminClock.now());
    return complianceView(scope, wanted);
  }

  /**
   * Refuses an object the compliance run could not work with, using the run's own check, so the
   * mistake is found now rather than at the next run: an unknown adapter type, a stylesheet that
   * does not compile, a file that cannot be read is a bad value (400); an output directory this
   * server cannot write is the server's state (409). Values out of bounds are left to the store,
   * which names every such field at once.
   */
  private void requireUsable(SettingScope scope, ComplianceConfiguration wanted)
      throws InvalidFieldException {
    if (!wanted.violations().isEmpty()) {
      return;
    }
    try {
      complianceCheck.check(new ScopedValues(scope.identity(), wanted.toSettings()));
    } catch (ComplianceConfigurationException e) {
      // An adapter refusing its configuration names no one setting; its type chose it.
      String field = StoreProblems.settingField(
          e.setting().orElse(ComplianceConfiguration.ADAPTER_TYPE));
      ProblemKind kind = e instanceof UnwritableOutputDirectoryException
          ? ProblemKind.CONFLICT : ProblemKind.VALIDATION;
      throw new InvalidFieldException(kind, field, "usable", e.getMessage());
    }
  }

  public boolean removeCompliance(String identity) throws InvalidScopeException {
    return store().removeCompliance(SettingScope.parse(identity));
  }

  // ------------------------------------------------------------------ shared

  /** Reads the object of one kind stored at a scope. */
  @FunctionalInterface
  private interface ScopedRead<T> {
    Optional<T> at(SettingScope scope) throws InvalidScopeException;
  }

  private <T, V> List<V> all(SettingKind kind, ScopedRead<T> read,
      BiFunction<SettingScope, T, V> view) throws InvalidScopeException {
    List<V> out = new ArrayList<>();
    for (SettingScope scope : scopes(kind)) {
      read.at(scope).ifPresent(object -> out.add(view.apply(scope, object)));
    }
    return out;
  }

  private static <T, V> Optional<V> one(String identity, ScopedRead<T> read,
      BiFunction<SettingScope, T, V> view) throws InvalidScopeException {
    SettingScope scope = SettingScope.parse(identity);
    return read.at(scope).map(object -> view.apply(scope, object));
  }

  private SettingsStore store() {
    return new SettingsStore(em);
  }

  /** Global first (it always exists), then every stored scope. */
  private List<SettingScope> scopes(SettingKind kind) throws InvalidScopeException {
    List<SettingScope> scopes = new ArrayList<>(List.of(SettingScope.GLOBAL));
    for (String identity : store().scopes(kind)) {
      SettingScope scope = SettingScope.parse(identity);
      if (!scope.equals(SettingScope.GLOBAL)) {
        scopes.add(scope);
      }
    }
    return scopes;
  }

  private SettingScope tag(String identity) throws InvalidScopeException {
    SettingScope scope = SettingScope.parse(identity);
    if (scope.level() != SettingScope.Level.TAG) {
      throw new InvalidScopeException(identity, "is not a per-user policy (tag:<name>); only"
          + " those are granted to users");
    }
    return scope;
  }

  private PrincipalId user(String uri) throws UnknownPrincipalException {
    return new PrincipalLookup(new PrincipalStore(em)).idOf(uri);
  }

  private static Duration interval(String text) throws InvalidFieldException {
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("runInterval", "duration",
          "must be an ISO-8601 duration such as PT15M");
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static Policy policyView(SettingScope scope, PersistentChatPolicy p) {
    return new Policy(scope.identity(), p.enablePersistentChat(), p.description());
  }

  private static Configuration configurationView(SettingScope scope,
      PersistentChatConfiguration c) {
    return new Configuration(scope.identity(), c.defaultChatHistory(),
        c.participantUpdateLimit(), c.maxFileSizeKb(), c.roomManagementUrl());
  }

  private static Compliance complianceView(SettingScope scope, ComplianceConfiguration c) {
    return new Compliance(scope.identity(), c.adapterType(), c.adapterName(),
        c.outputDirectory(), c.runInterval().toString(), c.oneChatRoomPerOutputFile(),
        c.addChatRoomDetails(), c.addUserDetails(), c.createFileAttachmentsManifest(),
        c.customConfiguration());
  }
}
