package jp.azukari.workflow.members;

/**
 * Where a member's identity verification stands, as member-service announced it; {@code UNKNOWN}
 * for a member workflow-service has not heard of (yet).
 */
public enum MemberVerification {
  NOT_SUBMITTED,
  PENDING,
  VERIFIED,
  REJECTED,
  UNKNOWN;

  static MemberVerification parse(Object value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.toString());
    } catch (IllegalArgumentException other) {
      return UNKNOWN;
    }
  }
}
