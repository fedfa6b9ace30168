package jp.azukari.workflow.requests;

import java.time.Instant;

/**
 * A request put on hold with a note, e.g. "deliver after the 5th".
 *
 * @param byId who put it on hold
 * @param byName their name, as shown
 */
public record Hold(String note, Instant since, String byId, String byName) {}
