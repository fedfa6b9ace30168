package jp.azukari.item.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.azukari.item.member.MemberRecord;

/** The counterparty data the ledger copies from the item-service's member record. */
final class Counterparties {

  static final String VERIFIED = "VERIFIED";

  private static final Map<String, String> DOCUMENT_KINDS =
      Map.of(
          "DRIVING_LICENCE", "運転免許証",
          "MY_NUMBER_CARD", "マイナンバーカード",
          "PASSPORT", "パスポート",
          "RESIDENCE_CARD", "在留カード",
          "HEALTH_INSURANCE_CARD", "健康保険証",
          "OTHER", "その他の本人確認書類");

  private Counterparties() {}

  /**
   * The member as the ledger records them on the acquisition date, or {@code null} when there is
   * nothing to copy (the member is not known yet, or their data was erased before).
   */
  static LedgerEntry.Counterparty copy(MemberRecord member, LocalDate acquiredOn) {
    if (member == null || member.erasedAt() != null) {
      return null;
    }
    return new LedgerEntry.Counterparty(
        joined(" ", member.familyName(), member.givenName()),
        joined(" ", member.familyNameKana(), member.givenNameKana()),
        address(member.address()),
        member.occupation(),
        Age.on(member.birthDate(), acquiredOn));
  }

  /** The decided verification, or {@code null} while the member is not verified. */
  static LedgerEntry.Verification verification(MemberRecord member) {
    if (member == null
        || member.verification() == null
        || !VERIFIED.equals(member.verification().state())) {
      return null;
    }
    List<String> kinds = member.verification().documentKinds();
    return new LedgerEntry.Verification(
        kinds == null ? List.of() : List.copyOf(kinds), member.verification().decidedAt());
  }

  /** How the identity was verified, in the ledger's words: the documents shown. */
  static String method(LedgerEntry.Verification verification) {
    if (verification == null) {
      return null;
    }
    if (verification.documentKinds().isEmpty()) {
      return "本人確認書類（種類の記録なし）";
    }
    return verification.documentKinds().stream()
        .map(kind -> DOCUMENT_KINDS.getOrDefault(kind, kind))
        .collect(Collectors.joining("、"));
  }

  static String address(MemberRecord.Address address) {
    if (address == null) {
      return null;
    }
    String postal =
        address.postalCode() == null || address.postalCode().isBlank()
            ? null
            : "〒" + address.postalCode();
    String lines =
        joined("", address.prefecture(), address.city(), address.line1())
            + (address.line2() == null || address.line2().isBlank() ? "" : " " + address.line2());
    return joined(" ", postal, lines.isEmpty() ? null : lines);
  }

  private static String joined(String separator, String... parts) {
    String text =
        Stream.of(parts)
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(part -> !part.isEmpty())
            .collect(Collectors.joining(separator));
    return text.isEmpty() ? null : text;
  }
}
