package org.persistentchat.settings.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.settings.model.InvalidScopeException;
import org.persistentchat.settings.model.SettingKind;
import org.persistentchat.settings.model.SettingScope;
import org.persistentchat.store.BlankNameException;
import org.persistentchat.store.DuplicateNameException;
import org.persistentchat.store.NameTooLongException;
import org.persistentchat.store.Names;
import org.persistentchat.time.Ticks;

/**
 * Persistent Chat endpoints (New/Get/Remove-CsPersistentChatEndpoint): extra SIP addresses of a
 * pool, kept as one settings object per pool in {@code pchatSetting}. An address belongs to one
 * pool only.
 */
public class EndpointStore {

  /** The settings table's name column bounds an address. */
  public static final int MAX_ADDRESS_LENGTH = 64;

  private final SettingRows rows;

  public EndpointStore(EntityManager em) {
    this.rows = new SettingRows(em);
  }

  /** One endpoint: its pool's FQDN, SIP address and display name (or null). */
  public record Endpoint(String pool, String sipAddress, String displayName) {}

  public List<Endpoint> list() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (String identity : rows.scopes(SettingKind.ENDPOINT)) {
      try {
        SettingScope pool = SettingScope.parse(identity);
        rows.read(SettingKind.ENDPOINT, pool).orElse(Map.of()).forEach((address, name) ->
            endpoints.add(new Endpoint(pool.name(), address, name)));
      } catch (InvalidScopeException e) {
        // Only this store writes the kind, always with a service scope.
        throw new IllegalStateException("stored endpoint scope " + identity, e);
      }
    }
    return endpoints;
  }

  public Optional<Endpoint> find(String sipAddress) {
    return list().stream().filter(e -> e.sipAddress().equalsIgnoreCase(sipAddress)).findFirst();
  }

  public Endpoint add(String poolFqdn, String sipAddress, String displayName, PrincipalId actor,
      Ticks now) throws BlankNameException, NameTooLongException, DuplicateNameException,
      InvalidScopeException {
    String address = Names.require("endpoint SIP address", sipAddress, MAX_ADDRESS_LENGTH);
    String pool = Names.require("endpoint pool", poolFqdn, SettingScope.MAX_IDENTITY_LENGTH
        - "service:PersistentChatServer:".length());
    if (find(address).isPresent()) {
      throw new DuplicateNameException("endpoint SIP address", address);
    }
    SettingScope scope = SettingScope.service(pool);
    SettingKind.ENDPOINT.requireAllowed(scope);
    Map<String, String> endpoints = new LinkedHashMap<>(
        rows.read(SettingKind.ENDPOINT, scope).orElse(Map.of()));
    endpoints.put(address, displayName);
    rows.replace(SettingKind.ENDPOINT, scope, endpoints, actor, now);
    return new Endpoint(pool, address, displayName);
  }

  /** Removes the endpoint; false if there was none. */
  public boolean remove(String sipAddress, PrincipalId actor, Ticks now) {
    Optional<Endpoint> found = find(sipAddress);
    if (found.isEmpty()) {
      return false;
    }
    SettingScope scope = SettingScope.service(found.get().pool());
    Map<String, String> endpoints = new LinkedHashMap<>(
        rows.read(SettingKind.ENDPOINT, scope).orElse(Map.of()));
    endpoints.remove(found.get().sipAddress());
    if (endpoints.isEmpty()) {
      rows.remove(SettingKind.ENDPOINT, scope);
    } else {
      rows.replace(SettingKind.ENDPOINT, scope, endpoints, actor, now);
    }
    return true;
  }
}
