package org.persistentchat.admin.transfer;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.persistentchat.admin.problem.AdminApiLogger;
import org.persistentchat.admin.problem.InvalidFieldException;

/**
 * Export jobs of this server: each runs on the managed executor and writes its ZIP to the
 * server's temporary directory, where it stays for {@link #KEPT} after it finished. Jobs live in
 * memory: a restart forgets them (and a client asking another server of a pool gets 404).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportJobs {

  static final Duration KEPT = Duration.ofHours(24);

  private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

  @EJB
  private ExportReader reader;

  @Resource
  private ManagedExecutorService executor;

  public ExportStatus start(ExportRequest request) throws InvalidFieldException {
    ExportPlan plan = ExportPlan.of(request);
    reader.requireScope(plan.scope());
    forgetExpired();
    String id = UUID.randomUUID().toString();
    ExportJob job = new ExportJob(id, directory().resolve(id + ".zip"));
    jobs.put(id, job);
    executor.submit(() -> run(job, plan));
    return job.status();
  }

  public Optional<ExportStatus> status(String id) {
    return Optional.ofNullable(jobs.get(id)).map(ExportJob::status);
  }

  /** The finished archive; empty while the job runs or if it failed. */
  public Optional<Path> file(String id) {
    return Optional.ofNullable(jobs.get(id)).flatMap(ExportJob::file);
  }

  private void run(ExportJob job, ExportPlan plan) {
    try {
      Files.createDirectories(job.path().getParent());
      new ExportWriter(reader, plan).write(job.path(), job::progress);
      job.done();
      AdminApiLogger.LOG.exportWritten(job.id(), plan.level().word(), Files.size(job.path()),
          job.path().toString());
    } catch (IOException | RuntimeException e) {
      AdminApiLogger.LOG.exportFailed(job.id(), e);
      // The detail stays in the log; the client learns what kind of failure it was.
      job.failed(e instanceof IOException ? "the archive could not be written"
          : "the export failed; see the server log for export " + job.id());
    }
  }

  private void forgetExpired() {
    Instant cutoff = Instant.now().minus(KEPT);
    jobs.values().removeIf(job -> {
      if (!job.finishedBefore(cutoff)) {
        return false;
      }
      try {
        Files.deleteIfExists(job.path());
      } catch (IOException e) {
        AdminApiLogger.LOG.exportNotDeleted(job.id(), job.path().toString(), e);
      }
      return true;
    });
  }

  private static Path directory() {
    String temp = System.getProperty("jboss.server.temp.dir",
        System.getProperty("java.io.tmpdir"));
    return Path.of(temp, "pchat-exports");
  }
}
