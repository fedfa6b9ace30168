package jp.azukari.workflow.requests;

import java.util.List;
import jp.azukari.workflow.statuses.StatusDef;

/**
 * The status board of one request type: a column per status in order, each with how many requests
 * are in it and the first of them.
 */
record BoardView(String type, List<Column> columns) {

  record Column(StatusDef status, long total, List<RequestView> requests) {}
}
