package org.persistentchat.admin.transfer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** One export's state, written by its worker thread and read by requests. */
final class ExportJob {

  private final String id;
  private final Path path;
  private volatile String state = ExportStatus.RUNNING;
  private volatile int progress;
  private volatile String error;
  private volatile Instant finished;

  ExportJob(String id, Path path) {
    this.id = id;
    this.path = path;
  }

  String id() {
    return id;
  }

  Path path() {
    return path;
  }

  /** Progress below 100 while running: 100 means the file is complete. */
  void progress(int percent) {
    progress = Math.max(0, Math.min(99, percent));
  }

  void done() {
    progress = 100;
    finished = Instant.now();
    state = ExportStatus.DONE;
  }

  void failed(String message) {
    error = message;
    finished = Instant.now();
    state = ExportStatus.FAILED;
  }

  boolean finishedBefore(Instant cutoff) {
    Instant at = finished;
    return at != null && at.isBefore(cutoff);
  }

  Optional<Path> file() {
    return ExportStatus.DONE.equals(state) ? Optional.of(path) : Optional.empty();
  }

  ExportStatus status() {
    String s = state;
    return new ExportStatus(id, s, progress, ExportStatus.FAILED.equals(s) ? error : null);
  }
}
