package jp.azukari.member.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.azukari.member.importing.ImportRow.Message;
import jp.azukari.member.importing.ImportRow.Outcome;
import jp.azukari.member.profile.Address;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Decides, for a batch of checked rows, what happens to each, and in a real run does it: a row
 * whose address belongs to a member fills in or changes that member's profile (a cell left empty
 * keeps what the member has), any other valid row creates a PROVISIONAL member. Rows are refused,
 * changing nothing, when a field is invalid, when an earlier row of the file already has the
 * address, when several members share it, or when they would change what identity verification
 * confirmed (name, kana, birth date, address of a verified member: that takes a change request).
 *
 * <p>Two queries per batch find earlier rows and existing members; created members are inserted
 * together, changed ones saved one by one under their version.
 */
final class ImportBatch {

  /** Fields a verified member can only change through a change request and verification. */
  static final List<String> VERIFIED_FIELDS = Profile.VERIFIED_FIELDS;

  private final MongoTemplate mongo;
  private final Invitations invitations;
  private final ImportColumns columns;
  private final String importId;
  private final boolean dryRun;

  ImportBatch(
      MongoTemplate mongo,
      Invitations invitations,
      ImportColumns columns,
      String importId,
      boolean dryRun) {
    this.mongo = mongo;
    this.invitations = invitations;
    this.columns = columns;
    this.importId = importId;
    this.dryRun = dryRun;
  }

  ImportProgress.Counts apply(List<CheckedRow> rows, Instant now) {
    List<String> emails =
        rows.stream().map(CheckedRow::email).filter(Objects::nonNull).distinct().toList();
    Map<String, Long> earlierRows = earlierRows(emails);
    Map<String, List<Member>> members =
        mongo.find(Query.query(Criteria.where("email").in(emails)), Member.class).stream()
            .collect(Collectors.groupingBy(Member::email));

    var report = new ArrayList<ImportRow>(rows.size());
    var toCreate = new ArrayList<Member>();
    var createdRows = new HashMap<String, CheckedRow>();
    var toUpdate = new ArrayList<Map.Entry<CheckedRow, Member>>();
    for (CheckedRow row : rows) {
      if (!row.valid()) {
        report.add(rejected(row, row.messages()));
        continue;
      }
      Long earlier = earlierRows.putIfAbsent(row.email(), row.row());
      if (earlier != null) {
        report.add(
            rejected(
                row,
                List.of(
                    message(
                        "email",
                        "import.duplicateRow",
                        "Row "
                            + earlier
                            + " already has this address; keep one of the two rows."))));
        continue;
      }
      List<Member> owners = members.getOrDefault(row.email(), List.of());
      if (owners.size() > 1) {
        report.add(
            rejected(
                row,
                List.of(
                    message(
                        "email",
                        "import.severalMembers",
                        "Several members have this address; merge them before importing."))));
        continue;
      }
      if (owners.isEmpty()) {
        String id;
        try {
          id =
              dryRun
                  ? UUID.randomUUID().toString()
                  : invitations.openAccount(row.email(), row.profile());
        } catch (Invitations.AccountRefused refused) {
          report.add(
              rejected(row, List.of(message("email", refused.code(), refused.getMessage()))));
          continue;
        }
        var member = Member.imported(id, row.email(), row.profile(), importId, now);
        toCreate.add(member);
        createdRows.put(member.id(), row);
        continue;
      }
      Member member = owners.getFirst();
      Profile merged = merge(member.profile(), row.profile());
      List<String> changed = changedFields(member.profile(), merged);
      if (changed.isEmpty()) {
        report.add(
            ImportRow.of(
                importId, row.row(), Outcome.UNCHANGED, member.id(), row.email(), List.of()));
        continue;
      }
      if (member.verification().verified()) {
        var refused =
            changed.stream()
                .filter(VERIFIED_FIELDS::contains)
                .map(
                    field ->
                        message(
                            field,
                            "import.verifiedField",
                            "The member's identity is verified: this change needs a change request"
                                + " and a new verification."))
                .toList();
        if (!refused.isEmpty()) {
          report.add(rejected(row, refused));
          continue;
        }
      }
      member.changeProfile(merged, now);
      toUpdate.add(Map.entry(row, member));
    }

    report.addAll(create(toCreate, createdRows));
    for (var update : toUpdate) {
      report.add(update(update.getKey(), update.getValue()));
    }
    mongo.insertAll(report);
    mongo.insertAll(
        report.stream()
            .filter(row -> row.outcome() != Outcome.REJECTED)
            .map(row -> new ImportEmail(ImportEmail.id(importId, row.email()), importId, row.row()))
            .toList());
    return count(report);
  }

  private List<ImportRow> create(List<Member> members, Map<String, CheckedRow> rows) {
    if (members.isEmpty()) {
      return List.of();
    }
    if (!dryRun) {
      try {
        mongo.insertAll(members);
      } catch (DuplicateKeyException signedUpMeanwhile) {
        return members.stream().map(member -> createOne(member, rows.get(member.id()))).toList();
      }
      members.forEach(member -> invitations.invite(member.id(), member.email(), importId));
    }
    return members.stream()
        .map(
            member ->
                ImportRow.of(
                    importId,
                    rows.get(member.id()).row(),
                    Outcome.CREATED,
                    dryRun ? null : member.id(),
                    member.email(),
                    List.of()))
        .toList();
  }

  /** After a batch insert met an address that a sign-up took meanwhile: one at a time. */
  private ImportRow createOne(Member member, CheckedRow row) {
    if (mongo.exists(Query.query(Criteria.where("_id").is(member.id())), Member.class)) {
      invitations.invite(member.id(), member.email(), importId);
      return ImportRow.of(
          importId, row.row(), Outcome.CREATED, member.id(), row.email(), List.of());
    }
    try {
      mongo.insert(member);
      invitations.invite(member.id(), member.email(), importId);
      return ImportRow.of(
          importId, row.row(), Outcome.CREATED, member.id(), row.email(), List.of());
    } catch (DuplicateKeyException taken) {
      return rejected(
          row,
          List.of(
              message(
                  "email",
                  "import.emailTaken",
                  "A member signed up with this address during the import; import the row again.")));
    }
  }

  private ImportRow update(CheckedRow row, Member member) {
    if (!dryRun) {
      try {
        mongo.save(member);
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        return rejected(
            row,
            List.of(
                message(
                    "email",
                    "import.changedMeanwhile",
                    "Someone changed this member during the import; import the row again.")));
      }
    }
    return ImportRow.of(importId, row.row(), Outcome.UPDATED, member.id(), row.email(), List.of());
  }

  /** Addresses that earlier rows of this import took (refused rows do not count). */
  private Map<String, Long> earlierRows(List<String> emails) {
    var ids = emails.stream().map(email -> ImportEmail.id(importId, email)).toList();
    var earlier = new HashMap<String, Long>();
    mongo
        .find(Query.query(Criteria.where("_id").in(ids)), ImportEmail.class)
        .forEach(taken -> earlier.put(taken.id().substring(importId.length() + 1), taken.row()));
    return earlier;
  }

  private ImportRow rejected(CheckedRow row, List<Message> messages) {
    return ImportRow.of(importId, row.row(), Outcome.REJECTED, null, row.email(), messages);
  }

  private Message message(String field, String code, String text) {
    return new Message(field, columns.headerOf(field), code, text);
  }

  private static ImportProgress.Counts count(List<ImportRow> report) {
    Map<Outcome, Long> by =
        report.stream().collect(Collectors.groupingBy(ImportRow::outcome, Collectors.counting()));
    Function<Outcome, Long> n = outcome -> by.getOrDefault(outcome, 0L);
    return new ImportProgress.Counts(
        report.size(),
        n.apply(Outcome.CREATED),
        n.apply(Outcome.UPDATED),
        n.apply(Outcome.UNCHANGED),
        n.apply(Outcome.REJECTED));
  }

  /** The member's profile with every field the row gives replaced; empty cells keep the old. */
  static Profile merge(Profile was, Profile typed) {
    Address a = was.address();
    Address t = typed.address();
    return new Profile(
        or(typed.familyName(), was.familyName()),
        or(typed.givenName(), was.givenName()),
        or(typed.familyNameKana(), was.familyNameKana()),
        or(typed.givenNameKana(), was.givenNameKana()),
        or(typed.birthDate(), was.birthDate()),
        or(typed.phone(), was.phone()),
        new Address(
            or(t.postalCode(), a.postalCode()),
            or(t.prefecture(), a.prefecture()),
            or(t.city(), a.city()),
            or(t.line1(), a.line1()),
            or(t.line2(), a.line2())),
        or(typed.occupation(), was.occupation()));
  }

  static List<String> changedFields(Profile was, Profile now) {
    var changed = new ArrayList<String>();
    compare(changed, "familyName", was.familyName(), now.familyName());
    compare(changed, "givenName", was.givenName(), now.givenName());
    compare(changed, "familyNameKana", was.familyNameKana(), now.familyNameKana());
    compare(changed, "givenNameKana", was.givenNameKana(), now.givenNameKana());
    compare(changed, "birthDate", was.birthDate(), now.birthDate());
    compare(changed, "phone", was.phone(), now.phone());
    compare(changed, "address.postalCode", was.address().postalCode(), now.address().postalCode());
    compare(changed, "address.prefecture", was.address().prefecture(), now.address().prefecture());
    compare(changed, "address.city", was.address().city(), now.address().city());
    compare(changed, "address.line1", was.address().line1(), now.address().line1());
    compare(changed, "address.line2", was.address().line2(), now.address().line2());
    compare(changed, "occupation", was.occupation(), now.occupation());
    return changed;
  }

  private static void compare(List<String> changed, String field, Object was, Object now) {
    if (!Objects.equals(was, now)) {
      changed.add(field);
    }
  }

  private static <T> T or(T given, T kept) {
    return given != null ? given : kept;
  }
}
