package org.persistentchat.admin.transfer;

import jakarta.json.bind.JsonbException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.persistentchat.admin.problem.InvalidFieldException;
import org.persistentchat.admin.transfer.Archive.AddinEntry;
import org.persistentchat.admin.transfer.Archive.CategoryEntry;
import org.persistentchat.admin.transfer.Archive.Manifest;
import org.persistentchat.admin.transfer.Archive.MessageEntry;
import org.persistentchat.admin.transfer.Archive.PrincipalEntry;
import org.persistentchat.admin.transfer.Archive.RoomEntry;

/**
 * Reads an uploaded archive completely, with limits, before anything is written: a body that is
 * not a ZIP, a truncated one, an entry that is not the JSON it should be, or one too large, is
 * refused naming the entry, and the pool is untouched.
 */
final class ArchiveReader {

  /** Uncompressed bytes accepted in total; a ZIP bomb stops here. */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private ArchiveReader() {}

  static ImportedArchive read(InputStream body) throws InvalidFieldException {
    Map<String, byte[]> entries = unzip(body);
    if (!entries.containsKey(Archive.MANIFEST)) {
      throw new InvalidFieldException("archive", "zip",
          "is not a ZIP with " + Archive.MANIFEST + " (export one with POST /api/exports)");
    }
    Manifest manifest = parse(entries, Archive.MANIFEST, Manifest.class);
    if (!Archive.FORMAT.equals(manifest.format()) || manifest.version() != Archive.VERSION) {
      throw new InvalidFieldException(Archive.MANIFEST, "format",
          "must be format " + Archive.FORMAT + " version " + Archive.VERSION);
    }
    return new ImportedArchive(
        list(entries, Archive.PRINCIPALS, PrincipalEntry.class),
        list(entries, Archive.ADDINS, AddinEntry.class),
        list(entries, Archive.CATEGORIES, CategoryEntry.class),
        list(entries, Archive.ROOMS, RoomEntry.class),
        list(entries, Archive.MESSAGES, MessageEntry.class));
  }

  private static Map<String, byte[]> unzip(InputStream body) throws InvalidFieldException {
    Map<String, byte[]> entries = new HashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(body)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        // Only the known names are read, and only as data: no path is ever built from a name.
        if (entry.isDirectory() || !Archive.ENTRIES.contains(entry.getName())) {
          continue;
        }
        if (entries.containsKey(entry.getName())) {
          throw new InvalidFieldException(entry.getName(), "unique", "appears twice in the ZIP");
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_BYTES) {
            throw new InvalidFieldException("archive", "size",
                "holds more than " + MAX_BYTES / (1024 * 1024) + " MB uncompressed");
          }
          content.write(buffer, 0, n);
        }
        entries.put(entry.getName(), content.toByteArray());
      }
    } catch (IOException e) {
      throw new InvalidFieldException("archive", "zip", "is not a readable ZIP: " + e.getMessage());
    }
    return entries;
  }

  private static <T> List<T> list(Map<String, byte[]> entries, String name, Class<T> element)
      throws InvalidFieldException {
    if (!entries.containsKey(name)) {
      return List.of();
    }
    Type type = new ListOf(element);
    List<T> items = parse(entries, name, type);
    if (items == null || items.contains(null)) {
      throw new InvalidFieldException(name, "json", "must be a JSON array of objects");
    }
    return items;
  }

  private static <T> T parse(Map<String, byte[]> entries, String name, Type type)
      throws InvalidFieldException {
    try {
      return Archive.JSON.fromJson(new java.io.ByteArrayInputStream(entries.get(name)), type);
    } catch (JsonbException | ClassCastException e) {
      throw new InvalidFieldException(name, "json", "is not the JSON this entry holds");
    }
  }

  /** {@code List<element>} for JSON-B, which needs the element type at run time. */
  private record ListOf(Type element) implements java.lang.reflect.ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {element};
    }

    @Override
    public Type getRawType() {
      return List.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }
}
