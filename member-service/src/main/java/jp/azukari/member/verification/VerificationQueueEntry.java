package jp.azukari.member.verification;

import java.time.Instant;
import java.util.List;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Verification;

/** One member in the verification queue. */
record VerificationQueueEntry(
    String memberId,
    String email,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    AccountStatus status,
    Verification.State verification,
    Instant submittedAt,
    Instant decidedAt,
    int documentCount,
    int mismatchCount) {

  static VerificationQueueEntry of(Member member, List<IdentityDocument> documents) {
    var profile = member.profile();
    return new VerificationQueueEntry(
        member.id(),
        member.email(),
        profile.familyName(),
        profile.givenName(),
        profile.familyNameKana(),
        profile.givenNameKana(),
        member.status(),
        member.verification().state(),
        member.verification().submittedAt(),
        member.verification().decidedAt(),
        documents.size(),
        VerificationReview.mismatches(member, documents).size());
  }
}
