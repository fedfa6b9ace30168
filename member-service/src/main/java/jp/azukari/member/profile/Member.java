package jp.azukari.member.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.azukari.contracts.FieldChange;
import jp.azukari.contracts.member.AccountStatusChanged;
import jp.azukari.contracts.member.EmailConfirmed;
import jp.azukari.contracts.member.MemberCreated;
import jp.azukari.contracts.member.MemberImported;
import jp.azukari.contracts.member.MembersMerged;
import jp.azukari.contracts.member.PayoutAccountChanged;
import jp.azukari.contracts.member.PersonalDataErased;
import jp.azukari.contracts.member.ProfileChanged;
import jp.azukari.contracts.member.VerificationDecided;
import jp.azukari.contracts.member.VerificationSubmitted;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 会員: a customer account. Its id is the member's Keycloak subject, so a member's token leads to
 * exactly one record and to no other. Every change is announced with the changed fields' before and
 * after values.
 */
@Document("members")
public class Member extends OutboxAggregate {

  @Id private String id;
  private String email;
  private boolean emailConfirmed;
  private AccountStatus status;
  private String statusReason;
  private Profile profile;
  private PayoutAccount payoutAccount;
  private Verification verification;
  private Instant createdAt;
  private Instant updatedAt;
  private String channel;
  private Instant erasedAt;
  private String mergedInto;
  private List<String> mergedFrom;
  private String emailBeforeMerge;
  private Instant mergedAt;

  protected Member() {}

  /**
   * A PROVISIONAL member with nothing but the address from their token. Until sign-up confirmation
   * creates members, this happens the first time a signed-in member reaches the service.
   */
  public static Member provision(String subject, String email, Instant now) {
    return provision(subject, email, false, now);
  }

  /**
   * A PROVISIONAL member first seen through their token; {@code emailConfirmed} comes from the
   * token's {@code email_verified} claim.
   */
  public static Member provision(
      String subject, String email, boolean emailConfirmed, Instant now) {
    return create(subject, email, emailConfirmed, null, Profile.EMPTY, now);
  }

  /**
   * A PROVISIONAL member who opened the confirmation link of a web sign-up: the address is
   * confirmed. {@code id} is the Keycloak user created for them.
   */
  public static Member signUp(String id, String email, String channel, Instant now) {
    return create(id, email, true, channel, Profile.EMPTY, now);
  }

  /**
   * A PROVISIONAL member whose application staff typed in on the phone or at the counter; the
   * address is not confirmed until the customer opens the confirmation mail.
   */
  public static Member applyByStaff(
      String id, String email, Profile profile, String channel, Instant now) {
    return create(id, email, false, channel, profile, now);
  }

  private static Member create(
      String id,
      String email,
      boolean emailConfirmed,
      String channel,
      Profile profile,
      Instant now) {
    var member = new Member();
    member.id = id;
    member.email = email;
    member.emailConfirmed = emailConfirmed;
    member.channel = channel;
    member.status = AccountStatus.PROVISIONAL;
    member.profile = Profile.EMPTY;
    member.createdAt = now;
    member.updatedAt = now;
    member.registerEvent(
        new MemberCreated(id, email, member.status.name(), channel, emailConfirmed));
    member.changeProfile(profile, now);
    return member;
  }

  /**
   * A PROVISIONAL member created by a staff import of an existing customer: the profile is filled
   * in, the address is not confirmed and there is no login yet (the member gets an invitation
   * mail). Announced as created, with the profile's fields as changes from nothing, and as
   * imported.
   *
   * @param id the id of the login account opened for the member, who sets its password through the
   *     invitation mail
   */
  public static Member imported(
      String id, String email, Profile profile, String importId, Instant now) {
    var member = new Member();
    member.id = id;
    member.email = email;
    member.status = AccountStatus.PROVISIONAL;
    member.profile = Profile.EMPTY;
    member.createdAt = now;
    member.updatedAt = now;
    member.registerEvent(new MemberCreated(id, email, member.status.name()));
    member.changeProfile(profile, now);
    member.registerEvent(new MemberImported(id, email, importId));
    return member;
  }

  /**
   * The member proved that mail to their address reaches them.
   *
   * @return whether anything changed
   */
  public boolean confirmEmail(Instant now) {
    if (emailConfirmed) {
      return false;
    }
    emailConfirmed = true;
    updatedAt = now;
    registerEvent(new EmailConfirmed(id, email));
    return true;
  }

  /**
   * Replaces the profile.
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  public boolean changeProfile(Profile changed, Instant now) {
    var changes = changed.changesSince(profile());
    if (changes.isEmpty()) {
      return false;
    }
    profile = changed;
    updatedAt = now;
    registerEvent(new ProfileChanged(id, changes));
    return true;
  }

  /**
   * Replaces the payout account.
   *
   * @return whether anything changed; nothing is announced when nothing did
   */
  public boolean changePayoutAccount(PayoutAccount changed, Instant now) {
    var changes = changed.changesSince(payoutAccount);
    if (changes.isEmpty()) {
      return false;
    }
    payoutAccount = changed;
    updatedAt = now;
    registerEvent(new PayoutAccountChanged(id, changes));
    return true;
  }

  /**
   * Sets the account status with the reason the member reads. Which changes are allowed is decided
   * by {@code jp.azukari.member.accountstatus}; this only records and announces one.
   */
  public void changeStatus(AccountStatus after, String reason, Instant now) {
    var before = status;
    status = after;
    statusReason = reason;
    updatedAt = now;
    registerEvent(
        new AccountStatusChanged(id, before == null ? null : before.name(), after.name(), reason));
  }

  /**
   * Sends a verified member back through identity verification, e.g. after an approved change of
   * name or address: the documents on file no longer show what the profile says.
   *
   * @param note what the member has to do, in words the member reads
   */
  public void requireReverification(String note, Instant now) {
    verification = new Verification(Verification.State.PENDING, note, null, null);
    updatedAt = now;
  }

  /**
   * Complete when every field the shop needs to buy from the member is there: the profile's
   * required fields ({@link Profile#missingFields()}) and a payout account.
   */
  public boolean profileComplete() {
    return missingFields().isEmpty();
  }

  /** What is still missing for {@link #profileComplete()}, by API field names. */
  public List<String> missingFields() {
    var missing = new ArrayList<>(profile().missingFields());
    if (payoutAccount == null) {
      missing.add("payoutAccount");
    }
    return missing;
  }

  /**
   * The member submitted identity documents: a verification not asked for yet, or rejected, now
   * waits for a verifier. One that is pending or verified stays as it is.
   *
   * @return whether the verification changed
   */
  public boolean submitForVerification(Instant now) {
    Verification before = verification();
    if (before.state() != Verification.State.NOT_SUBMITTED
        && before.state() != Verification.State.REJECTED) {
      return false;
    }
    verification =
        new Verification(
            Verification.State.PENDING, null, before.decidedAt(), before.decidedBy(), now);
    updatedAt = now;
    registerEvent(new VerificationSubmitted(id, verificationChanges(before)));
    return true;
  }

  /**
   * The member took back the last document that waited for review: nothing is pending any more.
   *
   * @return whether the verification changed
   */
  public boolean withdrawVerificationSubmission(Instant now) {
    Verification before = verification();
    if (before.state() != Verification.State.PENDING) {
      return false;
    }
    verification =
        new Verification(
            Verification.State.NOT_SUBMITTED, null, before.decidedAt(), before.decidedBy(), null);
    updatedAt = now;
    registerEvent(new VerificationSubmitted(id, verificationChanges(before)));
    return true;
  }

  /**
   * A {@code kyc-verifier}'s decision on the pending verification. A verified member whose address
   * is confirmed and whose profile is complete becomes ACTIVE at once ({@link #activateIfReady}).
   *
   * @param decision {@code VERIFIED} or {@code REJECTED}
   * @param reason why it was rejected, in words the member reads; required for {@code REJECTED}
   * @throws IllegalStateException when nothing is pending, or the decision or reason is not one
   *     that can be applied
   */
  public void decideVerification(
      Verification.State decision, String reason, String verifierId, Instant now) {
    Verification before = verification();
    if (before.state() != Verification.State.PENDING) {
      throw new IllegalStateException("Member " + id + " has no verification pending");
    }
    boolean rejected = decision == Verification.State.REJECTED;
    if (decision != Verification.State.VERIFIED && !rejected) {
      throw new IllegalStateException("A verification is decided VERIFIED or REJECTED");
    }
    if (rejected && (reason == null || reason.isBlank())) {
      throw new IllegalStateException("A rejection needs a reason the member can read");
    }
    verification =
        new Verification(
            decision, rejected ? reason.strip() : null, now, verifierId, before.submittedAt());
    updatedAt = now;
    registerEvent(
        new VerificationDecided(
            id, decision.name(), verification.reason(), verificationChanges(before)));
    activateIfReady(now);
  }

  /**
   * 仮会員 to 本会員: a PROVISIONAL member becomes ACTIVE once their address is confirmed, their profile
   * complete and their identity verified. Call it after any of the three changed.
   *
   * @return whether the status changed
   */
  public boolean activateIfReady(Instant now) {
    if (status != AccountStatus.PROVISIONAL
        || !emailConfirmed
        || !profileComplete()
        || !verification().verified()) {
      return false;
    }
    changeStatus(AccountStatus.ACTIVE, null, now);
    return true;
  }

  /**
   * Erases the member's personal data and keeps what the law needs: the id (transaction records
   * elsewhere refer to it), the status (WITHDRAWN), the channel, the timestamps and the
   * verification's state, decision time, verifier and submission time. The address becomes {@code
   * erased-<id>@invalid}. Announced with the names of the erased fields, never their values.
   *
   * @param reason why, as the admin wrote it
   * @return the names of the fields that held a value and were erased
   * @throws IllegalStateException when the data was erased already
   */
  public List<String> erasePersonalData(
      String reason,
      int documentImagesDeleted,
      int changeRequestsErased,
      int registrationsDeleted,
      int importRowsErased,
      Instant now) {
    if (erased()) {
      throw new IllegalStateException("Member " + id + " was erased already");
    }
    var erased = new ArrayList<String>();
    erased.add("email");
    profile().changesSince(Profile.EMPTY).forEach(change -> erased.add(change.field()));
    if (payoutAccount != null) {
      erased.add("payoutAccount");
    }
    if (status != AccountStatus.WITHDRAWN) {
      changeStatus(AccountStatus.WITHDRAWN, null, now);
    }
    if (statusReason != null) {
      erased.add("statusReason");
    }
    Verification kept = verification();
    if (kept.reason() != null) {
      erased.add("verification.reason");
    }
    email = erasedEmail(id);
    emailConfirmed = false;
    profile = Profile.EMPTY;
    payoutAccount = null;
    statusReason = null;
    // A submission nobody decided is no record the law asks for; it leaves the verifiers' queue.
    boolean undecided = kept.state() == Verification.State.PENDING;
    verification =
        new Verification(
            undecided ? Verification.State.NOT_SUBMITTED : kept.state(),
            null,
            kept.decidedAt(),
            kept.decidedBy(),
            undecided ? null : kept.submittedAt());
    erasedAt = now;
    updatedAt = now;
    registerEvent(
        new PersonalDataErased(
            id,
            List.copyOf(erased),
            reason,
            documentImagesDeleted,
            changeRequestsErased,
            registrationsDeleted,
            importRowsErased));
    return List.copyOf(erased);
  }

  /** The address an erased member's record holds instead of theirs; it reaches nobody. */
  public static String erasedEmail(String id) {
    return "erased-" + id + "@invalid";
  }

  /** Whether the member's personal data was erased ({@link #erasePersonalData}). */
  public boolean erased() {
    return erasedAt != null;
  }

  /** When the member's personal data was erased; {@code null} if it was not. */
  public Instant erasedAt() {
    return erasedAt;
  }

  /**
   * This record (the survivor) takes in a duplicate record of the same person: {@code filled} and
   * {@code filledAccount} are its profile and payout account with the empty fields filled from the
   * duplicate (decided by {@code jp.azukari.member.merge}). Announced by {@code merged} alone,
   * which lists the fields taken; the duplicate is remembered in {@link #mergedFrom()}, which also
   * tells a retried merge that this half is done.
   */
  public void absorbDuplicate(
      String duplicateId,
      Profile filled,
      PayoutAccount filledAccount,
      MembersMerged merged,
      Instant now) {
    profile = filled;
    if (payoutAccount == null && filledAccount != null) {
      payoutAccount = filledAccount;
    }
    var from = new ArrayList<>(mergedFrom());
    from.add(duplicateId);
    mergedFrom = List.copyOf(from);
    updatedAt = now;
    registerEvent(merged);
    activateIfReady(now);
  }

  /**
   * This record (the duplicate) was merged into {@code survivorId}: it is WITHDRAWN with a reason
   * naming the survivor and points to it. Its personal data stays as the record's history (erasure
   * treats it as any withdrawn member), but its address is released, kept only in {@link
   * #emailBeforeMerge()}, so that looking a member up by address (sign-up, imports, the unique
   * index) finds the survivor and never this record. A verification waiting for review leaves the
   * queue: its documents now wait with the survivor.
   */
  public void mergeInto(String survivorId, String reason, MembersMerged merged, Instant now) {
    withdrawVerificationSubmission(now);
    mergedInto = survivorId;
    mergedAt = now;
    if (email != null) {
      emailBeforeMerge = email;
      email = null;
    }
    registerEvent(merged);
    changeStatus(AccountStatus.WITHDRAWN, reason, now);
  }

  private List<FieldChange> verificationChanges(Verification before) {
    return new FieldChanges()
        .compare("verification.state", before.state().name(), verification.state().name())
        .compare("verification.reason", before.reason(), verification.reason())
        .list();
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  /** Whether the member proved that mail to {@link #email()} reaches them. */
  public boolean emailConfirmed() {
    return emailConfirmed;
  }

  public AccountStatus status() {
    return status;
  }

  /** Why staff set the current status, in words the member may read; {@code null} if none. */
  public String statusReason() {
    return statusReason;
  }

  public Verification verification() {
    return verification == null ? Verification.NOT_SUBMITTED : verification;
  }

  public Profile profile() {
    return profile == null ? Profile.EMPTY : profile;
  }

  /** The payout account, or {@code null} until the member gave one. */
  public PayoutAccount payoutAccount() {
    return payoutAccount;
  }

  /** Where the member came from ({@code WEB}, {@code PHONE}, {@code WALK_IN}); may be null. */
  public String channel() {
    return channel;
  }

  /** The survivor this record was merged into; {@code null} unless it was merged. */
  public String mergedInto() {
    return mergedInto;
  }

  /** The duplicate records merged into this one, oldest merge first. */
  public List<String> mergedFrom() {
    return mergedFrom == null ? List.of() : mergedFrom;
  }

  /** The address this record had before it was merged into another; {@code null} otherwise. */
  public String emailBeforeMerge() {
    return emailBeforeMerge;
  }

  /** When this record was merged into {@link #mergedInto()}; {@code null} unless it was. */
  public Instant mergedAt() {
    return mergedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
