package jp.azukari.workflow.alerts;

import java.util.List;
import jp.azukari.workflow.requests.RequestQueries;
import jp.azukari.workflow.requests.Requests;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces {@code workflow.RequestOverdue} for each request that stayed in its status past the
 * time limit, once per stay, so that others (notifications, the audit log) hear of it. Runs on a
 * schedule, once across instances (a MongoDB lock). Views do not wait for it: they compute overdue
 * themselves when read.
 */
@Component
class OverdueAnnouncements {

  private static final Logger log = LoggerFactory.getLogger(OverdueAnnouncements.class);

  private final RequestQueries queries;
  private final Requests requests;
  private final int batchSize;

  OverdueAnnouncements(
      RequestQueries queries,
      Requests requests,
      @Value("${azukari.workflow.overdue-batch-size:200}") int batchSize) {
    this.queries = queries;
    this.requests = requests;
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelayString = "${azukari.workflow.overdue-check-interval:1m}",
      initialDelayString = "${azukari.workflow.overdue-check-interval:1m}")
  @SchedulerLock(name = "overdue-announcements", lockAtMostFor = "PT5M")
  void scheduled() {
    try {
      announceDue();
    } catch (RuntimeException e) {
      log.warn("Overdue requests not announced now, will retry: {}", e.getMessage());
    }
  }

  /**
   * Announces the requests overdue now and not announced yet.
   *
   * @return how many were announced
   */
  int announceDue() {
    int announced = 0;
    List<String> due;
    do {
      due = queries.overdueNotAnnounced(batchSize);
      int before = announced;
      for (String id : due) {
        if (requests.announceOverdue(id)) {
          announced++;
        }
      }
      if (announced == before) {
        break; // nothing more could be announced now (changed meanwhile); the next run retries
      }
    } while (due.size() == batchSize);
    if (announced > 0) {
      log.info("{} overdue requests announced", announced);
    }
    return announced;
  }
}
