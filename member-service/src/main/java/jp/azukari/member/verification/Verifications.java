package jp.azukari.member.verification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.azukari.member.japanese.RejectedInput;
import jp.azukari.member.japanese.Text;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The verification queue, the review of one member and a verifier's decision. A decision names the
 * member's version the verifier looked at, so a change made meanwhile (a new document, a profile
 * edit) is never verified unseen.
 */
@Service
class Verifications {

  /** Longest rejection reason, in characters. */
  static final int REASON_MAX = 500;

  private static final Logger log = LoggerFactory.getLogger(Verifications.class);

  private final MembersToVerify members;
  private final IdentityDocuments documents;
  private final Clock clock;

  Verifications(MembersToVerify members, IdentityDocuments documents, Clock clock) {
    this.members = members;
    this.documents = documents;
    this.clock = clock;
  }

  /** Members in the given state, the longest waiting first. */
  Page<VerificationQueueEntry> queue(Verification.State state, int page, int size) {
    var pageable =
        PageRequest.of(
            page, size, Sort.by("verification.submittedAt").ascending().and(Sort.by("id")));
    return members
        .findByVerificationState(state, pageable)
        .map(member -> VerificationQueueEntry.of(member, documents.current(member.id())));
  }

  VerificationReview review(String memberId) {
    Member member = members.findById(memberId).orElseThrow(Problems::noSuchMember);
    return VerificationReview.of(member, documents.current(memberId));
  }

  /**
   * Applies a verifier's decision on the member's pending verification.
   *
   * @param seenVersion the member's version the verifier reviewed
   */
  VerificationReview decide(
      String memberId,
      long seenVersion,
      Verification.State decision,
      String rawReason,
      String verifierId) {
    if (decision != Verification.State.VERIFIED && decision != Verification.State.REJECTED) {
      throw Problems.field("decision", "decision.choice", "Choose VERIFIED or REJECTED.");
    }
    String reason = reason(rawReason);
    if (decision == Verification.State.REJECTED && reason == null) {
      throw Problems.field(
          "reason", "reason.required", "Tell the member why, so they know what to send again.");
    }
    Member member = members.findById(memberId).orElseThrow(Problems::noSuchMember);
    if (!Objects.equals(member.version(), seenVersion)) {
      throw new OptimisticLockingFailureException(
          "Member " + memberId + " is at version " + member.version() + ", not " + seenVersion);
    }
    if (member.verification().state() != Verification.State.PENDING) {
      throw Problems.of(
          HttpStatus.CONFLICT,
          "verification.notPending",
          "This member has no documents waiting for a decision.");
    }
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    member.decideVerification(
        decision, decision == Verification.State.REJECTED ? reason : null, verifierId, now);
    Member saved = members.save(member);
    documents.reviewed(
        memberId,
        decision == Verification.State.VERIFIED ? ReviewState.ACCEPTED : ReviewState.REJECTED);
    log.info("Verification of member {} decided {} by {}", memberId, decision, verifierId);
    return VerificationReview.of(saved, documents.current(memberId));
  }

  /** The reason as the member will read it: one paragraph of plain text. */
  private static String reason(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Text.plain(raw.replaceAll("\\R", " "), REASON_MAX);
    } catch (RejectedInput e) {
      throw Problems.field("reason", e.code(), e.getMessage());
    }
  }
}
