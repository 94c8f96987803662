package org.persistentchat.admin.transfer;

/**
 * An export job as GET /api/exports/{id} shows it: {@code status} Running, Done or Failed,
 * {@code progress} 0-100, {@code error} only when Failed.
 */
public record ExportStatus(String id, String status, int progress, String error) {

  static final String RUNNING = "Running";
  static final String DONE = "Done";
  static final String FAILED = "Failed";
}
