package jp.azukari.workflow.alerts;

import java.util.List;
import java.util.Map;
import jp.azukari.workflow.requests.Attention;
import jp.azukari.workflow.requests.RequestView;

/**
 * The console's front page alerts: how many requests need each kind of attention, and the requests
 * themselves, the longest in their status first.
 */
record AlertsView(Map<Attention, Long> counts, List<RequestView> requests) {}
