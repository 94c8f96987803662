package org.persistentchat.compliance.xml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader (or an archiving product polling the directory) sees either the
 * whole file or none: the bytes go to a hidden temporary file in the same directory, are forced to
 * disk, and the file is renamed into place atomically. The directory is forced too, so that the
 * rename itself survives a crash before the run deletes the events it wrote.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  static void write(Path directory, String fileName, byte[] content) throws IOException {
    Path target = directory.resolve(fileName);
    Path temp = Files.createTempFile(directory, "." + fileName + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      // REPLACE_EXISTING: a run that crashed after writing but before deleting its events writes
      // the same file name again, and the complete new file replaces the complete old one.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** POSIX only: a directory's entries are made durable by fsync on the directory itself. */
  private static void forceDirectory(Path directory) throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      // NTFS journals the rename; Windows also refuses to open a directory as a channel.
      return;
    }
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    }
  }
}
