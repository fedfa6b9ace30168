package jp.azukari.item.request;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which request statuses close a request for its member: in them, members can no longer add, change
 * or remove items (staff still can).
 *
 * @param terminal the closing status codes ({@code azukari.requests.terminal}), by default the
 *     terminal statuses of the workflow's defaults
 */
@ConfigurationProperties("azukari.requests")
public record RequestStatuses(
    @DefaultValue({"CANCELLED", "RETURNED", "PAID_OUT"}) List<String> terminal) {

  /** Whether a request in this status is closed. */
  public boolean closed(RequestRecord request) {
    return terminal.contains(request.status());
  }
}
