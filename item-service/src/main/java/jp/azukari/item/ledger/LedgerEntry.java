package jp.azukari.item.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One acquisition in the transaction ledger (古物台帳, Antique Dealings Act §16): an item taken into
 * the shop on consignment, when, what it is, and from whom, with how their identity was verified.
 * Its id is the item's id, so an item is entered once however often it is looked at.
 *
 * <p>The counterparty is a copy of the member's data at the time of entry and stays as it was: a
 * later profile change or the erasure of the member's personal data never alters or deletes it (the
 * law keeps it for the retention period). If the member was not verified yet, the verification is
 * filled in once, when it is decided. The item's description follows the item, because staff
 * complete it after receipt; each change is kept as a correction (what it was, what it became,
 * when), so the ledger never silently rewrites what it said.
 */
@Document("ledger_entries")
public class LedgerEntry {

  /** The only kind of transaction the shop makes: it accepts items on consignment (受託). */
  public static final String CONSIGNMENT = "CONSIGNMENT";

  /** What the item is, from its fields. */
  public record Description(
      String name, String title, String brand, String condition, String features, long quantity) {}

  /**
   * The other party as the member record stood at entry: name ({@code 氏名}), its kana, postal
   * address, occupation, and age at the acquisition date. {@code null} fields were not known.
   */
  public record Counterparty(
      String name, String nameKana, String address, String occupation, Integer age) {}

  /** How the counterparty's identity was verified: the documents shown and when it was decided. */
  public record Verification(List<String> documentKinds, Instant verifiedAt) {}

  /** A change of the description after the entry was made. */
  public record Correction(Instant at, String field, String before, String after) {}

  @Id private String id;
  private String itemNumber;
  @Indexed private String requestId;
  private String requestNumber;
  @Indexed private String memberId;
  @Indexed private Instant acquiredAt;
  private String transactionType;
  private Description description;
  private Counterparty counterparty;
  private Verification verification;
  @Indexed private boolean counterpartyPending;
  @Indexed private boolean verificationPending;
  private List<Correction> corrections = new ArrayList<>();
  private Instant recordedAt;
  private Instant counterpartyCopiedAt;
  @Version private Long version;

  protected LedgerEntry() {}

  /**
   * An item acquired with its request.
   *
   * @param counterparty {@code null} when the member is not known to the item-service yet (it is
   *     copied as soon as they are)
   * @param verification {@code null} when the member is not verified yet
   */
  static LedgerEntry acquired(
      String itemId,
      String itemNumber,
      String requestId,
      String requestNumber,
      String memberId,
      Instant acquiredAt,
      Description description,
      Counterparty counterparty,
      Verification verification,
      Instant now) {
    var entry = new LedgerEntry();
    entry.id = itemId;
    entry.itemNumber = itemNumber;
    entry.requestId = requestId;
    entry.requestNumber = requestNumber;
    entry.memberId = memberId;
    entry.acquiredAt = acquiredAt;
    entry.transactionType = CONSIGNMENT;
    entry.description = description;
    entry.counterparty = counterparty;
    entry.counterpartyPending = counterparty == null;
    entry.counterpartyCopiedAt = counterparty == null ? null : now;
    entry.verification = verification;
    entry.verificationPending = verification == null;
    entry.recordedAt = now;
    return entry;
  }

  /** Copies the counterparty the entry did not have yet; never replaces one. */
  boolean completeCounterparty(Counterparty copy, Instant now) {
    if (!counterpartyPending || copy == null) {
      return false;
    }
    counterparty = copy;
    counterpartyPending = false;
    counterpartyCopiedAt = now;
    return true;
  }

  /** Fills in the verification once it is decided; never replaces one. */
  boolean completeVerification(Verification decided) {
    if (!verificationPending || decided == null) {
      return false;
    }
    verification = decided;
    verificationPending = false;
    return true;
  }

  /**
   * Takes the item's current description, keeping each changed field as a correction.
   *
   * @return whether anything changed
   */
  boolean follow(Description current, Instant at) {
    if (Objects.equals(description, current)) {
      return false;
    }
    Description before = description;
    correction(at, "name", before.name(), current.name());
    correction(at, "title", before.title(), current.title());
    correction(at, "brand", before.brand(), current.brand());
    correction(at, "condition", before.condition(), current.condition());
    correction(at, "features", before.features(), current.features());
    correction(
        at, "quantity", String.valueOf(before.quantity()), String.valueOf(current.quantity()));
    description = current;
    return true;
  }

  private void correction(Instant at, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      corrections.add(new Correction(at, field, before, after));
    }
  }

  public String id() {
    return id;
  }

  public String itemNumber() {
    return itemNumber;
  }

  public String requestId() {
    return requestId;
  }

  public String requestNumber() {
    return requestNumber;
  }

  public String memberId() {
    return memberId;
  }

  public Instant acquiredAt() {
    return acquiredAt;
  }

  /** The acquisition date in Japan, the date the ledger shows. */
  public LocalDate acquiredOn() {
    return Ledger.dateOf(acquiredAt);
  }

  public String transactionType() {
    return transactionType;
  }

  public Description description() {
    return description;
  }

  public Counterparty counterparty() {
    return counterparty;
  }

  public Verification verification() {
    return verification;
  }

  public boolean counterpartyPending() {
    return counterpartyPending;
  }

  public boolean verificationPending() {
    return verificationPending;
  }

  public List<Correction> corrections() {
    return corrections == null ? List.of() : Collections.unmodifiableList(corrections);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant counterpartyCopiedAt() {
    return counterpartyCopiedAt;
  }

  public Long version() {
    return version;
  }
}
