package jp.azukari.contracts.workflow;

import java.util.Map;

/**
 * A status mail the notification-service sends a member.
 *
 * @param template the mail template, e.g. {@code request-status}
 * @param statusLabel the member-facing label of the status by language ({@code ja}, {@code en})
 */
public record MemberMail(String template, Map<String, String> statusLabel) {}
