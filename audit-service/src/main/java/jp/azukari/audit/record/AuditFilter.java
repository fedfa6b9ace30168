package jp.azukari.audit.record;

import java.time.Instant;

/**
 * What staff look for in the audit log; every criterion is optional and they combine with "and".
 *
 * @param entityType member, request, item, inquiry, mail...
 * @param entityId the event subject: one entity's whole history
 * @param actorId who did it
 * @param actor the start of who did it's name
 * @param action the action, e.g. {@code ProfileChanged}
 * @param type the full event type, e.g. {@code member.ProfileChanged}
 * @param from from this instant (inclusive)
 * @param to until this instant (exclusive)
 * @param q text somewhere in the values (each change's before and after, and the data)
 */
public record AuditFilter(
    String entityType,
    String entityId,
    String actorId,
    String actor,
    String action,
    String type,
    Instant from,
    Instant to,
    String q) {

  public AuditFilter {
    entityType = blankToNull(entityType);
    entityId = blankToNull(entityId);
    actorId = blankToNull(actorId);
    actor = blankToNull(actor);
    action = blankToNull(action);
    type = blankToNull(type);
    q = blankToNull(q);
    if (from != null && to != null && !from.isBefore(to)) {
      throw AuditProblem.invalid("from must be before to");
    }
    if (q != null && q.length() > 200) {
      throw AuditProblem.invalid("q must be at most 200 characters");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
