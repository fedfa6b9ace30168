package jp.azukari.member.profile;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.FieldChange;

/**
 * A change of verified data waiting for staff, as the member's record shows it: each field with its
 * current and its requested value (account number masked).
 *
 * @param id the change request's id, for withdrawing it
 * @param kind {@code PROFILE} or {@code PAYOUT_ACCOUNT}
 */
public record PendingChange(
    String id, String kind, List<FieldChange> changes, Instant requestedAt) {}
