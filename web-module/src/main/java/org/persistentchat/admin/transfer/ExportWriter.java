package org.persistentchat.admin.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.persistentchat.admin.transfer.Archive.Manifest;
import org.persistentchat.admin.transfer.Archive.MessageEntry;
import org.persistentchat.admin.transfer.ExportReader.Directory;
import org.persistentchat.admin.transfer.ExportReader.MessagePage;
import org.persistentchat.admin.transfer.ExportReader.RoomRef;

/**
 * Writes one archive: the directory first, then the messages room by room, a page at a time.
 * The ZIP is written beside its final name and moved there when complete, so a reader never sees
 * half an archive.
 */
final class ExportWriter {

  static final int PAGE = 1000;

  /** Progress the directory is worth; the messages share the rest. */
  private static final int DIRECTORY_PERCENT = 10;

  private final ExportReader reader;
  private final ExportPlan plan;

  ExportWriter(ExportReader reader, ExportPlan plan) {
    this.reader = reader;
    this.plan = plan;
  }

  void write(Path target, IntConsumer progress) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try (OutputStream file = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      ExportLevel level = plan.level();
      Directory directory = reader.directory(plan);
      entry(zip, Archive.MANIFEST, new Manifest(Archive.FORMAT, Archive.VERSION, level.word(),
          plan.scopeList(), plan.startDate() == null ? null : plan.startDate().toString(),
          Instant.now().toString()));
      entry(zip, Archive.PRINCIPALS, directory.principals());
      if (level.addins) {
        entry(zip, Archive.ADDINS, directory.addins());
      }
      if (level.categories) {
        entry(zip, Archive.CATEGORIES, directory.categories());
      }
      if (level.rooms) {
        entry(zip, Archive.ROOMS, directory.rooms());
      }
      progress.accept(DIRECTORY_PERCENT);
      if (level.messages) {
        messages(zip, directory.roomRefs(), progress);
      }
      zip.finish();
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** A JSON array written element by element: a room's history need not fit in memory. */
  private void messages(ZipOutputStream zip, List<RoomRef> rooms, IntConsumer progress)
      throws IOException {
    zip.putNextEntry(new ZipEntry(Archive.MESSAGES));
    Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    out.write('[');
    boolean first = true;
    for (int i = 0; i < rooms.size(); i++) {
      RoomRef room = rooms.get(i);
      MessagePage page;
      long after = 0;
      do {
        page = reader.messages(room, after, plan.startDate(), PAGE);
        for (MessageEntry message : page.messages()) {
          if (!first) {
            out.write(',');
          }
          out.write(Archive.JSON.toJson(message));
          first = false;
        }
        after = page.lastSequence();
      } while (page.more());
      progress.accept(DIRECTORY_PERCENT + (100 - DIRECTORY_PERCENT) * (i + 1) / rooms.size());
    }
    out.write(']');
    // Flushes the writer into the entry without closing the ZIP under it.
    out.flush();
    zip.closeEntry();
  }

  private static void entry(ZipOutputStream zip, String name, Object content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(Archive.JSON.toJson(content).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
