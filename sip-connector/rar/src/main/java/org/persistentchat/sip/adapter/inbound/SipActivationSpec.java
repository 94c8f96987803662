package org.persistentchat.sip.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Selects which requests an MDB receives: by method, and by the user part of the Request-URI.
 *
 * <p>Set by {@code @ActivationConfigProperty}: {@code methods} (comma-separated, required) and
 * {@code requestUserPattern} (a regular expression matched against the whole user part; default
 * any, including a URI without user part).
 */
public class SipActivationSpec implements ActivationSpec {

  private ResourceAdapter resourceAdapter;
  private String methods;
  private String requestUserPattern = ".*";

  public String getMethods() {
    return methods;
  }

  public void setMethods(String methods) {
    this.methods = methods;
  }

  public String getRequestUserPattern() {
    return requestUserPattern;
  }

  public void setRequestUserPattern(String requestUserPattern) {
    this.requestUserPattern = requestUserPattern;
  }

  @Override
  public void validate() throws InvalidPropertyException {
    List<String> problems = new ArrayList<>();
    if (methodSet().isEmpty()) {
      problems.add("methods is not set");
    }
    for (String m : methodSet()) {
      if (!m.matches("[A-Z]+")) {
        problems.add("methods names an invalid method '" + m + "'");
      }
    }
    try {
      Pattern.compile(requestUserPattern == null ? "" : requestUserPattern);
    } catch (PatternSyntaxException e) {
      problems.add("requestUserPattern is not a regular expression: " + e.getDescription());
    }
    if (!problems.isEmpty()) {
      throw new InvalidPropertyException(
          "PCHAT01901: Invalid SIP activation: " + String.join("; ", problems));
    }
  }

  /** The methods, upper case. */
  Set<String> methodSet() {
    if (methods == null) {
      return Set.of();
    }
    return java.util.Arrays.stream(methods.split(","))
        .map(m -> m.trim().toUpperCase(Locale.ROOT))
        .filter(m -> !m.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  Pattern userPattern() {
    return Pattern.compile(requestUserPattern == null ? ".*" : requestUserPattern);
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
    this.resourceAdapter = ra;
  }

  @Override
  public String toString() {
    return "SIP activation [methods=" + methods + ", requestUserPattern=" + requestUserPattern + "]";
  }
}
