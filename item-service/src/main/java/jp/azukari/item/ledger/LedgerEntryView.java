package jp.azukari.item.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ledger entry as staff read it: the acquisition date, the item (description as one text and its
 * parts), the counterparty as copied, how their identity was verified, and later corrections.
 */
record LedgerEntryView(
    String id,
    LocalDate acquiredOn,
    String transactionType,
    String itemNumber,
    String requestNumber,
    String description,
    String itemName,
    String brand,
    String condition,
    String features,
    long quantity,
    String memberId,
    Counterparty counterparty,
    IdentityVerification identityVerification,
    boolean counterpartyPending,
    List<LedgerEntry.Correction> corrections,
    Instant recordedAt) {

  record Counterparty(
      String name, String nameKana, String address, String occupation, Integer age) {}

  record IdentityVerification(String method, List<String> documentKinds, LocalDate verifiedOn) {}

  static LedgerEntryView of(LedgerEntry entry) {
    LedgerEntry.Description description = entry.description();
    LedgerEntry.Counterparty counterparty = entry.counterparty();
    LedgerEntry.Verification verification = entry.verification();
    return new LedgerEntryView(
        entry.id(),
        entry.acquiredOn(),
        entry.transactionType(),
        entry.itemNumber(),
        entry.requestNumber(),
        Descriptions.text(description),
        description.name() != null ? description.name() : description.title(),
        description.brand(),
        description.condition(),
        description.features(),
        description.quantity(),
        entry.memberId(),
        counterparty == null
            ? null
            : new Counterparty(
                counterparty.name(),
                counterparty.nameKana(),
                counterparty.address(),
                counterparty.occupation(),
                counterparty.age()),
        verification == null
            ? null
            : new IdentityVerification(
                Counterparties.method(verification),
                verification.documentKinds(),
                Ledger.dateOf(verification.verifiedAt())),
        entry.counterpartyPending(),
        entry.corrections(),
        entry.recordedAt());
  }
}
