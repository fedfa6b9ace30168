package jp.azukari.member.directory;

import java.time.Instant;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Verification;

/**
 * One line of the staff member list: who, how to reach them, and where their account stands; a
 * member whose personal data was erased shows {@code erasedAt} and no personal data.
 */
record MemberSummary(
    String id,
    String email,
    boolean emailConfirmed,
    AccountStatus status,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    String phone,
    String postalCode,
    String prefecture,
    Verification.State verification,
    Instant createdAt,
    Instant updatedAt,
    Instant erasedAt) {

  static MemberSummary of(Member member) {
    var profile = member.profile();
    return new MemberSummary(
        member.id(),
        member.email(),
        member.emailConfirmed(),
        member.status(),
        profile.familyName(),
        profile.givenName(),
        profile.familyNameKana(),
        profile.givenNameKana(),
        profile.phone(),
        profile.address().postalCode(),
        profile.address().prefecture(),
        member.verification().state(),
        member.createdAt(),
        member.updatedAt(),
        member.erasedAt());
  }
}
