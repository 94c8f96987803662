package org.persistentchat.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.persistentchat.admin.room.RoomRequest;
import org.persistentchat.admin.room.RoomView;

/**
 * The hand-written OpenAPI document and the resources describe the same operations: every
 * method and path a resource serves is in the document, and the document lists nothing else.
 */
class OpenApiDocumentTest {

  private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
      GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

  private static final Pattern PATH_LINE = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern VERB_LINE = Pattern.compile("^    (get|put|post|delete):");
  private static final Pattern PROPERTY_LINE = Pattern.compile("^        (\\w+):");

  @Test
  void givenTheResources_whenComparedWithTheDocument_thenTheyListTheSameOperations()
      throws Exception {
    assertThat(documented()).isEqualTo(served());
  }

  @Test
  void givenTheDocument_whenRead_thenItIsOpenApi3WithBasicAuthentication() throws IOException {
    String document = document();

    assertThat(document).startsWith("openapi: 3.");
    assertThat(document).contains("scheme: basic");
  }

  @Test
  void givenTheRoomSchemas_whenComparedWithTheRecordsTheApiReadsAndWrites_thenTheyNameTheSameFields()
      throws IOException {
    assertThat(schemaProperties("Room")).isEqualTo(components(RoomView.class));
    assertThat(schemaProperties("RoomRequest")).isEqualTo(components(RoomRequest.class));
  }

  /** The property names of a block-style schema under {@code components/schemas}. */
  private static TreeSet<String> schemaProperties(String schema) throws IOException {
    TreeSet<String> properties = new TreeSet<>();
    boolean inside = false;
    for (String line : document().split("\n")) {
      if (line.equals("    " + schema + ":")) {
        inside = true;
        continue;
      }
      if (inside && !line.isBlank() && !line.startsWith("     ")) {
        break;
      }
      Matcher property = PROPERTY_LINE.matcher(line);
      if (inside && property.find()) {
        properties.add(property.group(1));
      }
    }
    assertThat(properties).as("properties of schema " + schema).isNotEmpty();
    return properties;
  }

  private static TreeSet<String> components(Class<? extends Record> type) {
    TreeSet<String> names = new TreeSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(component.getName());
    }
    return names;
  }

  private static TreeSet<String> documented() throws IOException {
    TreeSet<String> operations = new TreeSet<>();
    String path = null;
    for (String line : document().split("\n")) {
      Matcher p = PATH_LINE.matcher(line);
      Matcher v = VERB_LINE.matcher(line);
      if (p.matches()) {
        path = p.group(1);
      } else if (v.find() && path != null) {
        operations.add(v.group(1) + " " + path);
      } else if (!line.startsWith(" ") && !line.startsWith("paths:")) {
        path = null;
      }
    }
    return operations;
  }

  /** Every resource class compiled into this module, found by walking the class output. */
  private static TreeSet<String> served() throws IOException, URISyntaxException {
    java.nio.file.Path root = java.nio.file.Path.of(RestApplication.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    TreeSet<String> operations = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class"))
          .toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".").replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        Path base = type.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
            if (method.isAnnotationPresent(verb.getKey())) {
              Path sub = method.getAnnotation(Path.class);
              operations.add(verb.getValue() + " " + join(base.value(),
                  sub == null ? "" : sub.value()));
            }
          }
        }
      }
    }
    return operations;
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1)
        : path;
  }

  private static String document() throws IOException {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      assertThat(in).as("the OpenAPI document on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
