package jp.azukari.member.privacy;

import java.time.Instant;
import java.util.List;
import jp.azukari.contracts.FieldChange;
import jp.azukari.member.changerequest.ChangeRequest;
import jp.azukari.member.profile.AccountType;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.profile.Verification;
import jp.azukari.member.registration.Registration;
import jp.azukari.member.verification.IdentityDocument;

/** The JSON files of a privacy export, one record per file's entries. */
final class ExportedData {

  private ExportedData() {}

  /**
   * {@code member.json}: the member's record. The account number is complete in the member's own
   * export and masked in staff's (staff never see it whole anywhere else either).
   *
   * @param exportedFor {@code MEMBER} or {@code STAFF}
   */
  record MemberFile(
      String id,
      String email,
      boolean emailConfirmed,
      String status,
      String statusReason,
      String channel,
      Profile profile,
      Account payoutAccount,
      Verification verification,
      Instant createdAt,
      Instant updatedAt,
      Instant erasedAt,
      Long version,
      Instant exportedAt,
      String exportedFor) {

    static MemberFile of(Member member, boolean forTheMember, Instant now) {
      return new MemberFile(
          member.id(),
          member.email(),
          member.emailConfirmed(),
          member.status() == null ? null : member.status().name(),
          member.statusReason(),
          member.channel(),
          member.profile(),
          Account.of(member.payoutAccount(), forTheMember),
          member.verification(),
          member.createdAt(),
          member.updatedAt(),
          member.erasedAt(),
          member.version(),
          now,
          forTheMember ? "MEMBER" : "STAFF");
    }
  }

  /** The payout account; {@code accountNumber} is {@code null} in staff's export. */
  record Account(
      String bankName,
      String branchName,
      AccountType accountType,
      String accountNumber,
      String maskedAccountNumber,
      String holderKana) {

    static Account of(PayoutAccount account, boolean forTheMember) {
      if (account == null) {
        return null;
      }
      return new Account(
          account.bankName(),
          account.branchName(),
          account.accountType(),
          forTheMember ? account.accountNumber() : null,
          account.maskedAccountNumber(),
          account.holderKana());
    }
  }

  /**
   * One entry of {@code documents.json}.
   *
   * @param file the file's name in the ZIP, {@code null} when its content is no longer stored
   */
  record DocumentEntry(
      String id,
      String kind,
      String side,
      String contentType,
      long size,
      String sha256,
      String review,
      Instant uploadedAt,
      Instant reviewedAt,
      Instant deletedAt,
      Instant contentErasedAt,
      String file) {

    static DocumentEntry of(IdentityDocument document, String file) {
      return new DocumentEntry(
          document.id(),
          document.kind().name(),
          document.side().name(),
          document.type() == null ? null : document.type().mediaType(),
          document.size(),
          document.sha256(),
          document.review() == null ? null : document.review().name(),
          document.uploadedAt(),
          document.reviewedAt(),
          document.deletedAt(),
          document.contentErasedAt(),
          file);
    }
  }

  /** One entry of {@code change-requests.json}; account numbers are masked as everywhere. */
  record ChangeRequestEntry(
      String id,
      String kind,
      String state,
      List<FieldChange> changes,
      Instant requestedAt,
      Instant updatedAt,
      Instant decidedAt,
      String decidedBy,
      String rejectionReason,
      Instant erasedAt) {

    static ChangeRequestEntry of(ChangeRequest request, boolean forTheMember) {
      return new ChangeRequestEntry(
          request.id(),
          request.kind().name(),
          request.state().name(),
          request.fields().stream()
              .map(f -> new FieldChange(f.field(), f.before(), f.after()))
              .toList(),
          request.requestedAt(),
          request.updatedAt(),
          request.decidedAt(),
          forTheMember ? null : request.decidedBy(),
          request.rejectionReason(),
          request.erasedAt());
    }
  }

  /** One entry of {@code registrations.json}: never the confirmation link or its hash. */
  record RegistrationEntry(
      String id,
      String email,
      String channel,
      String purpose,
      String state,
      String language,
      int mailRequests,
      Instant startedAt,
      Instant lastMailRequestedAt,
      Instant linkExpiresAt,
      Instant confirmedAt) {

    static RegistrationEntry of(Registration registration) {
      return new RegistrationEntry(
          registration.id(),
          registration.email(),
          registration.channel() == null ? null : registration.channel().name(),
          registration.purpose() == null ? null : registration.purpose().name(),
          registration.state() == null ? null : registration.state().name(),
          registration.language(),
          registration.mailRequests(),
          registration.startedAt(),
          registration.lastMailRequestedAt(),
          registration.linkExpiresAt(),
          registration.confirmedAt());
    }
  }
}
