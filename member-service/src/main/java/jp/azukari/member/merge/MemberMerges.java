package jp.azukari.member.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.member.profile.AccountStatus;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.MemberView;
import jp.azukari.member.profile.Members;
import jp.azukari.member.registration.UserAccounts;
import jp.azukari.member.registration.UserAccounts.IdentityProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Merges a duplicate member record into the survivor, for staff.
 *
 * <p>MongoDB here has no transactions over two documents, so a merge is a sequence of steps, each
 * safe to be the last one done:
 *
 * <ol>
 *   <li>Both versions and the blockers are checked; nothing is written yet.
 *   <li>The duplicate's login is disabled (an unreachable identity provider ends the merge with 503
 *       and nothing changed). Disabling again is harmless.
 *   <li>The first half: of the two records, the one with the smaller id is saved first, with its
 *       version checked. This is the lock of the pair: two merges of the same pair, in either
 *       direction, both try to save the same record at the same version, and one of them gets 409
 *       before it has moved anything.
 *   <li>The duplicate's documents and change requests are re-pointed to the survivor (moving again
 *       moves only what is left).
 *   <li>The second half: the other record is saved, version checked.
 * </ol>
 *
 * <p>The survivor's half fills its empty fields and remembers the duplicate ({@link
 * Member#mergedFrom()}); the duplicate's half withdraws it and points it to the survivor ({@link
 * Member#mergedInto()}). A merge that stopped between steps leaves two usable records: nothing is
 * deleted, documents are on the duplicate or already on the survivor, never elsewhere, and the
 * duplicate keeps its personal data. The preview then says {@code resuming}, and merging again
 * (with the versions read anew) does only the half not yet done, moving what is left.
 */
@Service
class MemberMerges {

  private static final Logger log = LoggerFactory.getLogger(MemberMerges.class);
  private static final Set<AccountStatus> RESTRICTED =
      EnumSet.of(AccountStatus.PENALIZED, AccountStatus.FROZEN, AccountStatus.BLACKLISTED);

  private final Members members;
  private final MergedRecords records;
  private final UserAccounts accounts;

  MemberMerges(Members members, MergedRecords records, UserAccounts accounts) {
    this.members = members;
    this.records = records;
    this.accounts = accounts;
  }

  /** The merged records of a completed merge. */
  record Merged(MemberView survivor, MemberView duplicate) {}

  MergePreview preview(String survivorId, String duplicateId) {
    Member survivor = load(survivorId);
    Member duplicate = load(duplicateId);
    var progress = Progress.of(survivor, duplicate);
    var listing = records.of(duplicateId);
    return new MergePreview(
        view(survivor),
        view(duplicate),
        MergePlan.of(survivor, duplicate).fields(),
        listing.documentIds().size(),
        listing.changeRequestIds().size(),
        blockers(survivor, duplicate, progress),
        progress.resuming());
  }

  Merged merge(String survivorId, long survivorVersion, String duplicateId, long duplicateVersion) {
    Member survivor = load(survivorId);
    Member duplicate = load(duplicateId);
    requireVersion(survivor, survivorVersion);
    requireVersion(duplicate, duplicateVersion);
    var progress = Progress.of(survivor, duplicate);
    var blockers = blockers(survivor, duplicate, progress);
    if (!blockers.isEmpty()) {
      throw MergeProblem.blocked(blockers);
    }
    try {
      accounts.disable(duplicateId);
    } catch (IdentityProviderUnavailable e) {
      throw MergeProblem.identityProviderUnavailable();
    }
    var plan = MergePlan.of(survivor, duplicate);
    var listing = records.of(duplicateId);
    Instant now = members.clockNow();

    Runnable survivorHalf =
        () ->
            members.edit(
                survivorId,
                survivorVersion,
                member -> {
                  if (listing.documentsPending()) {
                    member.submitForVerification(now);
                  }
                  member.absorbDuplicate(
                      duplicateId,
                      plan.profile(),
                      plan.payoutAccount(),
                      merged(survivorId, survivorId, duplicateId, plan, listing),
                      now);
                  return true;
                });
    Runnable duplicateHalf =
        () ->
            members.edit(
                duplicateId,
                duplicateVersion,
                member -> {
                  member.mergeInto(
                      survivorId,
                      "重複登録のため会員 " + survivorId + " に統合しました。",
                      merged(duplicateId, survivorId, duplicateId, plan, listing),
                      now);
                  return true;
                });
    boolean survivorFirst = survivorId.compareTo(duplicateId) < 0;
    Runnable first = survivorFirst ? survivorHalf : duplicateHalf;
    Runnable second = survivorFirst ? duplicateHalf : survivorHalf;
    boolean firstDone = survivorFirst ? progress.survivorDone() : progress.duplicateDone();
    boolean secondDone = survivorFirst ? progress.duplicateDone() : progress.survivorDone();
    if (!firstDone) {
      first.run();
    }
    records.move(duplicateId, survivorId);
    if (!secondDone) {
      second.run();
    }
    log.info(
        "Member {} merged into {}: {} documents, {} change requests moved",
        duplicateId,
        survivorId,
        listing.documentIds().size(),
        listing.changeRequestIds().size());
    return new Merged(view(load(survivorId)), view(load(duplicateId)));
  }

  private static MembersMerged merged(
      String memberId,
      String survivorId,
      String duplicateId,
      MergePlan plan,
      MergedRecords.Listing listing) {
    return new MembersMerged(
        memberId,
        survivorId,
        duplicateId,
        plan.taken(),
        listing.documentIds(),
        listing.changeRequestIds());
  }

  private List<Blocker> blockers(Member survivor, Member duplicate, Progress progress) {
    var blockers = new ArrayList<Blocker>();
    if (survivor.id().equals(duplicate.id())) {
      blockers.add(
          new Blocker(
              "same-member",
              null,
              "A record cannot be merged into itself.",
              "Choose the other record of the same person."));
      return blockers;
    }
    if (progress.done()) {
      blockers.add(
          new Blocker(
              "already-merged",
              "duplicate",
              "The duplicate was merged into this member already.",
              "Nothing is left to do."));
      return blockers;
    }
    if (survivor.mergedInto() != null) {
      blockers.add(
          new Blocker(
              "survivor-merged",
              "survivor",
              "This record was merged into member " + survivor.mergedInto() + " already.",
              "Merge the duplicate into member " + survivor.mergedInto() + " instead."));
    } else if (survivor.status() == AccountStatus.WITHDRAWN) {
      blockers.add(
          new Blocker(
              "survivor-withdrawn",
              "survivor",
              "This member has left the shop.",
              "Merge into the record the person still uses."));
    }
    if (!progress.duplicateDone()) {
      if (duplicate.mergedInto() != null) {
        blockers.add(
            new Blocker(
                "duplicate-merged",
                "duplicate",
                "The duplicate was merged into member " + duplicate.mergedInto() + " already.",
                "Open member " + duplicate.mergedInto() + " to merge that record instead."));
      } else if (duplicate.status() == AccountStatus.WITHDRAWN) {
        blockers.add(
            new Blocker(
                "duplicate-withdrawn",
                "duplicate",
                "The duplicate has left the shop; its record is kept as it is.",
                "Nothing needs merging: a withdrawn record stays for the history."));
      }
    }
    if (progress.resuming()) {
      return blockers;
    }
    if (records.changeRequestsPending(survivor.id())) {
      blockers.add(
          new Blocker(
              "survivor-pending-change-requests",
              "survivor",
              "This member has change requests waiting for staff.",
              "Approve or reject them first."));
    }
    if (records.changeRequestsPending(duplicate.id())) {
      blockers.add(
          new Blocker(
              "duplicate-pending-change-requests",
              "duplicate",
              "The duplicate has change requests waiting for staff.",
              "Approve or reject them first."));
    }
    if (duplicate.verification().verified() && !survivor.verification().verified()) {
      blockers.add(
          new Blocker(
              "duplicate-verified",
              "duplicate",
              "The duplicate's identity is verified and this member's is not.",
              "Merge the other way: open the verified record and merge this one into it."));
    }
    if (RESTRICTED.contains(duplicate.status()) && survivor.status() != duplicate.status()) {
      blockers.add(
          new Blocker(
              "duplicate-restricted",
              "duplicate",
              "The duplicate is "
                  + duplicate.status()
                  + " and this member is not; merging would lift the restriction.",
              "Give this member the same status first, or merge the other way."));
    }
    return blockers;
  }

  /** How far a merge of the pair got. */
  private record Progress(boolean survivorDone, boolean duplicateDone) {

    static Progress of(Member survivor, Member duplicate) {
      return new Progress(
          survivor.mergedFrom().contains(duplicate.id()),
          survivor.id().equals(duplicate.mergedInto()));
    }

    boolean done() {
      return survivorDone && duplicateDone;
    }

    boolean resuming() {
      return survivorDone != duplicateDone;
    }
  }

  private Member load(String id) {
    return members.find(id).orElseThrow(MergeProblem::memberUnknown);
  }

  private MemberView view(Member member) {
    return MemberView.of(member, members.pendingChanges(member.id()));
  }

  private static void requireVersion(Member member, long seen) {
    if (!Objects.equals(member.version(), seen)) {
      throw new OptimisticLockingFailureException(
          "Member " + member.id() + " is at version " + member.version() + ", not " + seen);
    }
  }
}
