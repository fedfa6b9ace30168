package jp.azukari.workflow.alerts;

import jp.azukari.workflow.requests.RequestQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/requests/alerts}: what needs staff's attention now. Staff only. */
@RestController
@PreAuthorize("hasRole('staff')")
class AlertsController {

  /** Requests listed at most; the counts tell how many there are in all. */
  static final int MAX_REQUESTS = 100;

  private final RequestQueries queries;

  AlertsController(RequestQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/requests/alerts")
  AlertsView alerts() {
    return new AlertsView(queries.attentionCounts(), queries.needingAttention(MAX_REQUESTS));
  }
}
