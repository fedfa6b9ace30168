package jp.azukari.member.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import jp.azukari.member.accountstatus.MemberAction;
import jp.azukari.member.accountstatus.StatusPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members' own records and their edits. Every edit names the version the member last saw; an edit
 * of an older version is refused, so two tabs or two people never overwrite each other unseen.
 */
@Service
public class Members {

  private static final Logger log = LoggerFactory.getLogger(Members.class);

  private final MemberRepository repository;
  private final Clock clock;
  private final VerifiedDataEdits verifiedDataEdits;

  Members(MemberRepository repository, Clock clock, VerifiedDataEdits verifiedDataEdits) {
    this.repository = repository;
    this.clock = clock;
    this.verifiedDataEdits = verifiedDataEdits;
  }

  /** The member's record, created PROVISIONAL on their first visit. */
  public Member ownRecord(SignedInMember who) {
    return repository.findById(who.id()).orElseGet(() -> provision(who));
  }

  /**
   * Replaces the member's profile if {@code seenVersion} is still current.
   *
   * <p>Change requests plug in here: once verification exists, a verified member's edit of name,
   * address or birth date becomes a pending change request for staff instead of being applied.
   */
  public Member changeProfile(SignedInMember who, long seenVersion, Profile profile) {
    Member member = current(who, seenVersion);
    StatusPolicy.require(member.status(), MemberAction.EDIT_PROFILE);
    var applicable = verifiedDataEdits.applicableNow(member, profile);
    Member saved = member.changeProfile(applicable, now()) ? repository.save(member) : member;
    verifiedDataEdits.request(saved, profile);
    return saved;
  }

  /**
   * Replaces the member's payout account if {@code seenVersion} is still current.
   *
   * <p>Change requests plug in here too: a verified member's new payout account waits for staff.
   */
  public Member changePayoutAccount(SignedInMember who, long seenVersion, PayoutAccount account) {
    Member member = current(who, seenVersion);
    StatusPolicy.require(member.status(), MemberAction.EDIT_PAYOUT_ACCOUNT);
    var applicable = verifiedDataEdits.applicableNow(member, account);
    Member saved =
        applicable != null && member.changePayoutAccount(applicable, now())
            ? repository.save(member)
            : member;
    verifiedDataEdits.request(saved, account);
    return saved;
  }

  /** The member's change requests that wait for staff. */
  public List<PendingChange> pendingChanges(String memberId) {
    return verifiedDataEdits.pending(memberId);
  }

  /**
   * Changes any member's record, for features beside the profile (account status, change requests):
   * {@code change} says whether it changed anything, and only then is the record saved.
   *
   * @param seenVersion the version the caller saw, or {@code null} to change whatever is current (a
   *     concurrent save still fails with {@link OptimisticLockingFailureException})
   * @throws ResponseStatusException 404 when there is no such member
   */
  public Member edit(String id, Long seenVersion, Predicate<Member> change) {
    Member member =
        repository
            .findById(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such member."));
    if (seenVersion != null && !Objects.equals(member.version(), seenVersion)) {
      throw new OptimisticLockingFailureException(
          "Member " + id + " is at version " + member.version() + ", not " + seenVersion);
    }
    return change.test(member) ? repository.save(member) : member;
  }

  /** Now, as this service stores it (to the millisecond). */
  public Instant clockNow() {
    return now();
  }

  /** Any member, for staff. */
  public Optional<Member> find(String id) {
    return repository.findById(id);
  }

  /** Now, to the millisecond that MongoDB stores, so an answer shows what a later read will. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private Member current(SignedInMember who, long seenVersion) {
    Member member = ownRecord(who);
    if (!Objects.equals(member.version(), seenVersion)) {
      throw new OptimisticLockingFailureException(
          "Member " + who.id() + " is at version " + member.version() + ", not " + seenVersion);
    }
    return member;
  }

  private Member provision(SignedInMember who) {
    try {
      Member member =
          repository.insert(Member.provision(who.id(), who.email(), who.emailVerified(), now()));
      log.info("Member {} created on first visit", member.id());
      return member;
    } catch (DuplicateKeyException createdByAConcurrentRequestOrAddressTaken) {
      return repository
          .findById(who.id())
          .orElseThrow(
              () ->
                  new ResponseStatusException(
                      HttpStatus.CONFLICT,
                      "Another member record already has this email address; please contact the"
                          + " shop so that staff can merge the two."));
    }
  }
}
