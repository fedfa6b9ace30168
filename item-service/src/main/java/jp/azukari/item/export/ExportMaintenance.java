package jp.azukari.item.export;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once across instances (a MongoDB lock): fails exports whose instance stopped while they ran, and
 * deletes files kept longer than {@code azukari.item.exports.keep-files-for}.
 */
@Component
class ExportMaintenance {

  private static final Logger log = LoggerFactory.getLogger(ExportMaintenance.class);

  private final ExportJobs jobs;

  ExportMaintenance(ExportJobs jobs) {
    this.jobs = jobs;
  }

  @Scheduled(fixedDelayString = "${azukari.item.exports.maintenance-interval:1m}")
  @SchedulerLock(name = "export-maintenance", lockAtMostFor = "PT10M")
  void maintain() {
    int interrupted = jobs.failInterrupted();
    int deleted = jobs.deleteOldFiles();
    if (interrupted + deleted > 0) {
      log.info("Exports: {} interrupted ones failed, {} old files deleted", interrupted, deleted);
    }
  }
}
