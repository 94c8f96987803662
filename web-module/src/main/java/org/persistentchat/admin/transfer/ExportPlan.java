package org.persistentchat.admin.transfer;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.persistentchat.admin.Instants;
import org.persistentchat.admin.problem.InvalidFieldException;

/**
 * An export request checked and read: the level, the categories in scope (empty for all) and the
 * first instant of content (null for all).
 */
public record ExportPlan(ExportLevel level, Set<String> scope, Instant startDate) {

  public ExportPlan {
    scope = Set.copyOf(scope);
  }

  static ExportPlan of(ExportRequest request) throws InvalidFieldException {
    ExportRequest r = request == null ? new ExportRequest(null, null, null) : request;
    ExportLevel level = ExportLevel.of(r.level()).orElseThrow(() -> new InvalidFieldException(
        "level", "pattern", "must be All, User, Category, RoomDirectory or Content"));
    return new ExportPlan(level, scopeOf(r.scope()), Instants.parse("startDate", r.startDate()));
  }

  boolean inScope(String categoryName) {
    return scope.isEmpty() || scope.contains(categoryName);
  }

  List<String> scopeList() {
    return new ArrayList<>(scope);
  }

  private static Set<String> scopeOf(JsonValue scope) throws InvalidFieldException {
    Set<String> names = new LinkedHashSet<>();
    if (scope == null || scope.getValueType() == JsonValue.ValueType.NULL) {
      return names;
    }
    if (scope instanceof JsonString text) {
      Arrays.stream(text.getString().split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(names::add);
      return names;
    }
    if (scope.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue item : scope.asJsonArray()) {
        if (!(item instanceof JsonString name) || name.getString().isBlank()) {
          throw new InvalidFieldException("scope", "categoryNames",
              "must list category names as strings");
        }
        names.add(name.getString().strip());
      }
      return names;
    }
    throw new InvalidFieldException("scope", "categoryNames",
        "must be an array of category names or one comma-separated string");
  }
}
