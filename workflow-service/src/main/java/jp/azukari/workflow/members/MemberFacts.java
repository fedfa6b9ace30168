package jp.azukari.workflow.members;

/**
 * What a request view needs to know of its member.
 *
 * @param id the member's id
 * @param name family name first, {@code null} when not known or erased
 * @param verification the identity verification, {@code UNKNOWN} for a member never heard of
 * @param accountStatus e.g. {@code ACTIVE}, {@code FROZEN}; {@code null} when not known
 */
public record MemberFacts(
    String id, String name, MemberVerification verification, String accountStatus) {

  static MemberFacts unknown(String id) {
    return new MemberFacts(id, null, MemberVerification.UNKNOWN, null);
  }

  static MemberFacts of(KnownMember member) {
    return new MemberFacts(
        member.id(), member.name(), member.verification(), member.accountStatus());
  }

  public boolean verified() {
    return verification == MemberVerification.VERIFIED;
  }
}
