package org.persistentchat.settings.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a settings object lives, with Lync's identities: {@code global}, {@code site:<name>},
 * {@code service:PersistentChatServer:<poolFqdn>} and, for policies, a per-user tag
 * ({@code tag:<name>} or the bare name).
 *
 * @param name the site, pool FQDN or tag; empty for global
 */
public record SettingScope(Level level, String name) {

  /** Scope levels, least specific first. */
  public enum Level { GLOBAL, SITE, SERVICE, TAG }

  public static final SettingScope GLOBAL = new SettingScope(Level.GLOBAL, "");

  /** Longest identity the settings table holds. */
  public static final int MAX_IDENTITY_LENGTH = 300;

  private static final String SERVICE_PREFIX = "PersistentChatServer:";

  public SettingScope {
    Objects.requireNonNull(level, "level");
    name = name == null ? "" : name.strip();
    if ((level == Level.GLOBAL) != name.isEmpty()) {
      throw new IllegalArgumentException("only the global scope has no name: " + level);
    }
  }

  public static SettingScope site(String site) {
    return new SettingScope(Level.SITE, site);
  }

  public static SettingScope service(String poolFqdn) {
    return new SettingScope(Level.SERVICE, poolFqdn);
  }

  public static SettingScope tag(String tag) {
    return new SettingScope(Level.TAG, tag);
  }

  /** Parses an identity as the cmdlets print it; the bare name of a per-user policy is a tag. */
  public static SettingScope parse(String identity) throws InvalidScopeException {
    if (identity == null || identity.isBlank()) {
      throw new InvalidScopeException(String.valueOf(identity), "is blank");
    }
    String id = identity.strip();
    int colon = id.indexOf(':');
    String prefix = colon < 0 ? "" : id.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? id : id.substring(colon + 1).strip();
    SettingScope scope;
    if (colon < 0 && id.equalsIgnoreCase("global")) {
      scope = GLOBAL;
    } else if (colon < 0) {
      scope = tag(id);
    } else if (prefix.equals("site") && !rest.isEmpty()) {
      scope = site(rest);
    } else if (prefix.equals("tag") && !rest.isEmpty()) {
      scope = tag(rest);
    } else if (prefix.equals("service") && rest.regionMatches(true, 0, SERVICE_PREFIX, 0,
        SERVICE_PREFIX.length()) && rest.length() > SERVICE_PREFIX.length()) {
      scope = service(rest.substring(SERVICE_PREFIX.length()));
    } else {
      throw new InvalidScopeException(id, "is not global, site:<name>,"
          + " service:PersistentChatServer:<pool FQDN> or tag:<name>");
    }
    if (scope.identity().length() > MAX_IDENTITY_LENGTH) {
      throw new InvalidScopeException(id, "is longer than " + MAX_IDENTITY_LENGTH + " characters");
    }
    return scope;
  }

  /** The identity as stored and as the cmdlets print it. */
  public String identity() {
    return switch (level) {
      case GLOBAL -> "global";
      case SITE -> "site:" + name;
      case SERVICE -> "service:" + SERVICE_PREFIX + name;
      case TAG -> "tag:" + name;
    };
  }

  @Override
  public String toString() {
    return identity();
  }
}
