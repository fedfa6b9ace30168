package jp.azukari.workflow.requests;

import java.time.Instant;

/**
 * One step of a request's way through its statuses; the first has no {@code from} (the request
 * started in {@code to}).
 */
public record HistoryEntry(String from, String to, String comment, ActorRef actor, Instant at) {}
