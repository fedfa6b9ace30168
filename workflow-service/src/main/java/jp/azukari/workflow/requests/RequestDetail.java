package jp.azukari.workflow.requests;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One request for staff: its {@link RequestView} fields, where it may go now and everything that
 * happened to it.
 */
public record RequestDetail(
    @JsonUnwrapped RequestView request,
    List<TransitionRules.AllowedTransition> allowedTransitions,
    List<HistoryEntry> history) {}
