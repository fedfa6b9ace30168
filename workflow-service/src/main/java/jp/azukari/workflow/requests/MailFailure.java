package jp.azukari.workflow.requests;

import java.time.Instant;

/** The request's automatic member mail finally failed, as notification-service reported. */
public record MailFailure(String reason, Instant at) {}
