package jp.azukari.member.verification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.PayoutAccount;
import jp.azukari.member.profile.Profile;
import jp.azukari.member.profile.Verification;

/**
 * What a verifier compares: the profile (name, kana, birth date, address), the payout account
 * holder, the documents, and the mismatches found between them. {@code version} is what a decision
 * sends back in {@code If-Match}.
 */
record VerificationReview(
    String memberId,
    String email,
    boolean emailConfirmed,
    AccountStatus status,
    Verification verification,
    Profile profile,
    PayoutHolder payoutAccount,
    List<DocumentSummary> documents,
    List<Mismatch> mismatches,
    List<String> missingFields,
    long version) {

  /** Documents that have a back worth photographing (a My Number card's back holds the number). */
  private static final Set<DocumentKind> TWO_SIDED =
      EnumSet.of(
          DocumentKind.DRIVING_LICENCE,
          DocumentKind.RESIDENCE_CARD,
          DocumentKind.HEALTH_INSURANCE_CARD);

  /** The payout account without its number, which a verifier does not need. */
  record PayoutHolder(String bankName, String branchName, String holderKana) {

    static PayoutHolder of(PayoutAccount account) {
      return account == null
          ? null
          : new PayoutHolder(account.bankName(), account.branchName(), account.holderKana());
    }
  }

  static VerificationReview of(Member member, List<IdentityDocument> documents) {
    return new VerificationReview(
        member.id(),
        member.email(),
        member.emailConfirmed(),
        member.status(),
        member.verification(),
        member.profile(),
        PayoutHolder.of(member.payoutAccount()),
        documents.stream().map(DocumentSummary::of).toList(),
        mismatches(member, documents),
        member.missingFields(),
        member.version());
  }

  static List<Mismatch> mismatches(Member member, List<IdentityDocument> documents) {
    var found = new ArrayList<Mismatch>();
    Profile profile = member.profile();
    PayoutAccount account = member.payoutAccount();
    if (account != null
        && account.holderKana() != null
        && profile.familyNameKana() != null
        && profile.givenNameKana() != null) {
      String nameKana = profile.familyNameKana() + " " + profile.givenNameKana();
      if (!KanaComparison.same(nameKana, account.holderKana())) {
        found.add(
            new Mismatch(
                "holderKana.differs", "payoutAccount.holderKana", nameKana, account.holderKana()));
      }
    }
    member.missingFields().forEach(field -> found.add(Mismatch.of("field.missing", field)));
    if (!member.emailConfirmed()) {
      found.add(Mismatch.of("email.unconfirmed", "email"));
    }
    var current = documents.stream().filter(d -> d.review() != ReviewState.REJECTED).toList();
    if (current.isEmpty()) {
      found.add(Mismatch.of("documents.none", "documents"));
    }
    var sides =
        current.stream()
            .collect(
                Collectors.groupingBy(
                    IdentityDocument::kind,
                    Collectors.mapping(IdentityDocument::side, Collectors.toSet())));
    sides.forEach(
        (kind, present) -> {
          if (TWO_SIDED.contains(kind) && !present.contains(DocumentSide.BACK)) {
            found.add(Mismatch.of("documents.backMissing", kind.name()));
          }
          if (!present.contains(DocumentSide.FRONT)) {
            found.add(Mismatch.of("documents.frontMissing", kind.name()));
          }
        });
    return found;
  }
}
