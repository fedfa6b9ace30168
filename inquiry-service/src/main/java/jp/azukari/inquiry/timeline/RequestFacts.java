package jp.azukari.inquiry.timeline;

import java.util.List;

/**
 * A member's request as templates mention it.
 *
 * @param statusLabel the status as members read it in the given language, else its code
 * @param itemNames the names of its items, in the order they were registered
 */
public record RequestFacts(
    String requestId, String number, String status, String statusLabel, List<String> itemNames) {}
