package org.persistentchat.admin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.persistentchat.admin.problem.FieldProblem;
import org.persistentchat.admin.problem.InvalidFieldException;

class ArchiveReaderTest {

  private static final String MANIFEST =
      "{\"format\":\"persistentchat-export\",\"version\":1,\"level\":\"All\"}";

  @Test
  void givenAWellFormedArchive_whenRead_thenEveryEntryIsParsedAndMissingOnesAreEmpty()
      throws Exception {
    ImportedArchive archive = read(Map.of("manifest.json", MANIFEST,
        "rooms.json", "[{\"name\":\"Lobby\",\"category\":\"Everyone\",\"members\":[\"sip:a@x\"]}]",
        "messages.json", "[{\"room\":\"Lobby\",\"author\":\"sip:a@x\","
            + "\"date\":\"2026-11-01T00:00:00Z\",\"content\":\"hi\"}]"));

    assertThat(archive.rooms()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("Lobby");
      assertThat(r.members()).containsExactly("sip:a@x");
    });
    assertThat(archive.messages()).extracting(Archive.MessageEntry::content)
        .containsExactly("hi");
    assertThat(archive.categories()).isEmpty();
  }

  @Test
  void givenBytesThatAreNoZip_whenRead_thenTheArchiveFieldIsBlamed() {
    assertThatThrownBy(() -> ArchiveReader.read(new ByteArrayInputStream(
        "not a zip at all".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(fields(e)).containsExactly("archive"));
  }

  @Test
  void givenATruncatedZip_whenRead_thenTheArchiveFieldIsBlamed() throws Exception {
    byte[] whole = zip(Map.of("manifest.json", MANIFEST, "rooms.json", "[]"));
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> ArchiveReader.read(new ByteArrayInputStream(truncated)))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(fields(e)).containsExactly("archive"));
  }

  @Test
  void givenAnEntryThatIsNotItsJson_whenRead_thenThatEntryIsNamed() {
    assertThatThrownBy(() -> read(Map.of("manifest.json", MANIFEST,
        "categories.json", "{\"name\": \"not an array\"")))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(fields(e)).containsExactly("categories.json"));
  }

  @Test
  void givenAnotherFormatsManifest_whenRead_thenTheManifestIsNamed() {
    assertThatThrownBy(() -> read(Map.of("manifest.json",
        "{\"format\":\"something-else\",\"version\":1}")))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(fields(e)).containsExactly("manifest.json"));
  }

  private static ImportedArchive read(Map<String, String> entries) throws Exception {
    return ArchiveReader.read(new ByteArrayInputStream(zip(entries)));
  }

  private static java.util.List<String> fields(InvalidFieldException e) {
    return e.problem().errors().stream().map(FieldProblem::field).toList();
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
